<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
  <context>
    <name>wagecase</name>
    <message>
      <location filename="../../wagecase/ui/action_dialog.py" />
      <source>本操作需经审批：提交后由负责人审批，批准后生效。</source>
      <translation>This action requires approval: once submitted, it goes to the head of office and takes effect when approved.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/action_dialog.py" />
      <source>确认后记入办理记录，法定期限随之重新计算。</source>
      <translation>Once confirmed, it is entered in the case history and the statutory deadlines are recalculated accordingly.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/action_dialog.py" />
      <source>提交审批</source>
      <translation>Submit for approval</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/action_dialog.py" />
      <source>确定</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/action_dialog.py" />
      <source>（需审批）</source>
      <translation> (approval required)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>新建投诉登记</source>
      <translation>Register new complaint</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>登记劳动保障监察投诉（欠薪投诉）</source>
      <translation>Register a labour inspection complaint (wage arrears complaint)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>新建仲裁申请登记</source>
      <translation>Register new arbitration application</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>登记劳动人事争议仲裁申请</source>
      <translation>Register a labour and personnel dispute arbitration application</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>导入案件包…</source>
      <translation>Import case package…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>导入其他机关移送的案件包（核验签名后以本机关的新案号登记）</source>
      <translation>Import a case package transferred by another authority (registered under a new case number of this authority after its signature is verified)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>修改密码…</source>
      <translation>Change password…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>修改当前用户的登录密码</source>
      <translation>Change the current user's login password</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>切换用户…</source>
      <translation>Switch user…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>注销当前用户并以其他用户登录</source>
      <translation>Log out the current user and log in as another user</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>退出</source>
      <translation>Exit</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>退出程序</source>
      <translation>Exit the program</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>查找案件</source>
      <translation>Find case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>按案号、姓名、身份证号、用人单位、项目或拼音首字母查找</source>
      <translation>Find by case number, name, ID number, employer, project or pinyin initials</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>重新读取案件列表</source>
      <translation>Reload the case list</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>关闭当前案件</source>
      <translation>Close current case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>关闭当前打开的案件标签页</source>
      <translation>Close the currently open case tab</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>使用手册</source>
      <translation>User manual</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>打开当前页面的使用说明（F1）</source>
      <translation>Open the instructions for the current page (F1)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>选择界面的语言，下次启动时生效</source>
      <translation>Choose the interface language; takes effect the next time the program starts</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>关于</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>程序版本和说明</source>
      <translation>Program version and information</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>视图(&amp;V)</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/actions.py" />
      <source>帮助(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/advance_dialog.py" />
      <source>如：申请人长期被拖欠工资，无其他生活来源，不先予执行将严重影响其生活</source>
      <translation>E.g. the claimant's wages have long been in arrears and the claimant has no other means of support; without advance enforcement the claimant's livelihood would be seriously affected</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/advance_dialog.py" />
      <source>先予执行</source>
      <translation>Advance enforcement</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/advance_dialog.py" />
      <source>先予执行的事项</source>
      <translation>Items for advance enforcement</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/advance_dialog.py" />
      <source>仅限追索劳动报酬、工伤医疗费、经济补偿或者赔偿金的事项，且权利义务关系明确、不先予执行将严重影响申请人生活；劳动者申请先予执行的，可以不提供担保。</source>
      <translation>Only for claims for wages, work-injury medical expenses, economic compensation or damages where the rights and obligations are clear and the claimant's livelihood would be seriously affected without advance enforcement; a worker applying for advance enforcement need not provide security.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/advance_dialog.py" />
      <source>裁决先予执行</source>
      <translation>Award advance enforcement</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/advance_dialog.py" />
      <source>{label}　{awarded_text}元</source>
      <translation>{label}  {awarded_text} yuan</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/advance_dialog.py" />
      <source>理由</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>本机</source>
      <translation>This computer</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>内存数据库（不保存）</source>
      <translation>In-memory database (not saved)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>{kind} 服务器 {host}{port}{path}</source>
      <translation>{kind} server {host}{port}{path}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>无法打开数据库“{location}”：该文件不是本系统可以读取的数据库，或者文件已损坏、无法读取。数据库未作任何改动。详细信息已写入日志。</source>
      <translation>Cannot open database "{location}": the file is not a database this system can read, or it is damaged or unreadable. The database has not been changed. Details have been written to the log.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>本版本程序需要升级数据库：先自动备份，再升级。数据较多时需要几分钟，请勿关闭程序……</source>
      <translation>This version of the program needs to upgrade the database: it will first make an automatic backup, then upgrade. With a lot of data this takes a few minutes; do not close the program...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>升级数据库</source>
      <translation>Upgrade database</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>默认数据库</source>
      <translation>Default database</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>从备份恢复</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>正在恢复数据库，请稍候</source>
      <translation>Restoring the database, please wait</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>载入演示数据</source>
      <translation>Load demo data</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>正在生成演示案件</source>
      <translation>Generating demo cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>操作时发生意外错误。程序没有关闭，已经填写和保存的内容都还在，可以继续工作。

错误的详细情况已记入日志文件：
{log_file}

如果再次出现，请把这个日志文件发给系统管理员，并说明当时在做什么。</source>
      <translation>An unexpected error occurred. The program has not closed; everything you have entered and saved is still there, and you can continue working.

Details of the error have been written to the log file:
{log_file}

If it happens again, send this log file to the system administrator and describe what you were doing at the time.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>没有权限读取数据库文件“{location}”，请检查文件权限，或选择其他数据库文件。</source>
      <translation>No permission to read database file "{location}". Check the file permissions or choose another database file.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>选择备份文件</source>
      <translation>Choose backup file</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>无法恢复</source>
      <translation>Cannot restore</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>自动备份</source>
      <translation>Automatic backup</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>数据库已损坏</source>
      <translation>Database is damaged</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>程序错误</source>
      <translation>Program error</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>选择数据库文件</source>
      <translation>Choose database file</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>{cases} 件案件，</source>
      <translation>{cases} cases, </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>

恢复前的数据库已保存为：{safety_backup}</source>
      <translation>

The database as it was before restoring has been saved as: {safety_backup}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>已从备份“{name}”恢复数据库“{location}”。{kept}</source>
      <translation>Database "{location}" restored from backup "{name}".{kept}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>

数据库本身未受影响。请检查备份文件夹所在磁盘的空间和权限。</source>
      <translation>

The database itself is not affected. Check the free space and permissions of the disk holding the backup folder.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>演示数据未能全部载入：</source>
      <translation>Not all demo data could be loaded: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>数据库：{location}</source>
      <translation>Database: {location}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>用备份“{name}”（{cases}{value:.1f} MB）替换数据库“{location}”吗？

替换前，当前的数据库会先原样保存到备份文件夹：{folder}</source>
      <translation>Replace database "{location}" with backup "{name}" ({cases}{value:.1f} MB)?

Before it is replaced, the current database will first be saved unchanged to the backup folder: {folder}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>数据库在网络共享文件夹上</source>
      <translation>The database is on a network shared folder</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>已完成今日自动备份：{name}</source>
      <translation>Today's automatic backup completed: {name}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>今天的自动备份未能完成：</source>
      <translation>Today's automatic backup could not be completed: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>是否载入演示数据？

当前数据库中还没有案件。演示数据包含 {DEMO_CASES} 件河南省的模拟案件（姓名、单位均为虚构），便于熟悉系统。正式使用请另建数据库。</source>
      <translation>Load demo data?

The current database has no cases yet. The demo data contains {DEMO_CASES} simulated cases from Henan Province (all names and employers are fictitious) to help you get to know the system. For real work, create a separate database.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/app.py" />
      <source>数据库</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>我的待审批</source>
      <translation>My pending approvals</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>双击打开案件</source>
      <translation>Double-click to open the case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>批准</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>退回…</source>
      <translation>Return…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>退回</source>
      <translation>Return</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>案号</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>事项</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>申请人</source>
      <translation>Claimant</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>申请时间</source>
      <translation>Submitted at</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>请填写退回理由，承办人需据此补充或改正。</source>
      <translation>Enter the reason for returning it; the officer in charge will supplement or correct the submission accordingly.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>退回“{action_label}”（{case_number}）的理由：</source>
      <translation>Reason for returning "{action_label}" ({case_number}):</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>{TITLE}（{len}）</source>
      <translation>{TITLE} ({len})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/approvals_list.py" />
      <source>未能{what}：</source>
      <translation>Could not {what}: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>受理</source>
      <translation>Acceptance</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>送达与答辩</source>
      <translation>Service and defence</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>异议与回避</source>
      <translation>Objections and recusal</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>程序与组庭</source>
      <translation>Procedure and tribunal</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>开庭</source>
      <translation>Hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>调解与裁决</source>
      <translation>Mediation and award</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>结案</source>
      <translation>Close the case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>绿色通道</source>
      <translation>Green channel</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>职务</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>开庭时间</source>
      <translation>Hearing time</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>仲裁庭室</source>
      <translation>Hearing room</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>仲裁员</source>
      <translation>Arbitrator</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>仲裁庭组成</source>
      <translation>Tribunal composition</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>开庭安排</source>
      <translation>Hearing schedule</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>符合</source>
      <translation>Met</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>不符合</source>
      <translation>Not met</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>待确认</source>
      <translation>To be confirmed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>简易处理条件：{verdict}（鼠标停在此处可查看理由，详见“法律要件”）</source>
      <translation>Conditions for the simplified procedure: {verdict} (hover here to see the reasons; see "Legal requirements" for details)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/arbitration_panel.py" />
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/assign_dialog.py" />
      <source>承办人</source>
      <translation>Officer in charge</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/assign_dialog.py" />
      <source>变更原因</source>
      <translation>Reason for change</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/assign_dialog.py" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/assign_dialog.py" />
      <source>变更承办人</source>
      <translation>Change officer in charge</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/assign_dialog.py" />
      <source>指定承办人</source>
      <translation>Assign officer in charge</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/assign_dialog.py" />
      <source>例如：原承办人休假，工作调整</source>
      <translation>E.g. the previous officer in charge is on leave; reassignment of duties</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/assign_dialog.py" />
      <source>可不填</source>
      <translation>Optional</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/assign_dialog.py" />
      <source>（</source>
      <translation> (</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/assign_dialog.py" />
      <source>{display_name}（{role_label}）</source>
      <translation>{display_name} ({role_label})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>操作日志</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>每项修改、登录、打印、导出和查看完整号码都记入操作日志，记录人员、时间和修改前后的内容。日志逐条以校验值相连，写入后不能修改；“核验完整性”检查是否有记录被改动、删除或插入。</source>
      <translation>Every change, login, print, export and viewing of a full number is recorded in the audit log, with the user, the time and the content before and after the change. Entries are chained by checksums and cannot be changed once written; "Verify integrity" checks whether any entry has been altered, deleted or inserted.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>操作日志仅供科室负责人和管理员查看。本人办理的案件的操作记录可在案件的“办理记录”中查看。</source>
      <translation>The audit log can be viewed only by heads of office and administrators. The actions on cases you handle can be viewed in the case's "Case history".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>无法读取操作日志，详细信息已写入日志文件。请稍后重试，或联系系统管理员。</source>
      <translation>Cannot read the audit log; details have been written to the log file. Try again later or contact the system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>核验操作日志</source>
      <translation>Verify audit log</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>导出操作日志</source>
      <translation>Export audit log</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>用户</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>对象</source>
      <translation>Object</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>内容</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>全部操作</source>
      <translation>All actions</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>案号中的文字</source>
      <translation>Text in case number</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>查询</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>核验完整性</source>
      <translation>Verify integrity</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>逐条核对操作日志的校验值，检查是否有记录被改动、删除或插入</source>
      <translation>Check the checksum of each audit log entry to detect entries that have been altered, deleted or inserted</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>导出…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>把按当前条件查到的全部记录导出为 Excel 工作簿（导出本身也记入操作日志）</source>
      <translation>Export all records matching the current criteria to an Excel workbook (the export itself is also recorded in the audit log)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>上一页</source>
      <translation>Previous page</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>下一页</source>
      <translation>Next page</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>全部用户</source>
      <translation>All users</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>正在核验操作日志</source>
      <translation>Verifying the audit log</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>至</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>用户：</source>
      <translation>User:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>操作：</source>
      <translation>Action:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>案号：</source>
      <translation>Case number:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>选中一条记录，可在此查看其完整内容。</source>
      <translation>Select a record to view its full content here.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>第 {id} 号　{at:%Y-%m-%d %H:%M:%S}　{user_name}　{action_label}　{entity_text}</source>
      <translation>No. {id}  {at:%Y-%m-%d %H:%M:%S}  {user_name}  {action_label}  {entity_text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>没有符合条件的记录</source>
      <translation>No matching records</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>（{case_number}）</source>
      <translation> ({case_number})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>核验未能完成，详细信息已写入日志文件。请稍后重试，或联系系统管理员。</source>
      <translation>Verification could not be completed; details have been written to the log file. Try again later or contact the system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source> {day}至{day2}</source>
      <translation> {day} to {day2}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>第 {value} 页（第 {first}–{value2} 条）</source>
      <translation>Page {value} (records {first}–{value2})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>（无其他内容）</source>
      <translation>(nothing else recorded)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>第 {value} 页：没有更多记录</source>
      <translation>Page {value}: no more records</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/audit_page.py" />
      <source>已导出操作日志：
{written}</source>
      <translation>Audit log exported:
{written}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>（不指定）</source>
      <translation>(Not specified)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>劳动者</source>
      <translation>Worker</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>项目</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>请求金额</source>
      <translation>Amount claimed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>裁决金额</source>
      <translation>Amount awarded</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>驳回</source>
      <translation>Dismissed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>是否终局</source>
      <translation>Final?</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>终局</source>
      <translation>Final</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>非终局</source>
      <translation>Non-final</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>裁决</source>
      <translation>Award</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>裁决事项</source>
      <translation>Award items</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>添加项目</source>
      <translation>Add item</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>删除项目</source>
      <translation>Delete item</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>作出裁决</source>
      <translation>Make award</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>先予执行…</source>
      <translation>Advance enforcement…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>劳动者申请先予执行的，就已保存的劳动报酬等事项先行裁决执行</source>
      <translation>When a worker applies for advance enforcement, make an advance-enforcement award on the saved wage and similar items first</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>先行裁决…</source>
      <translation>Partial award…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>部分事实已经清楚的，就该部分事项先行裁决；其余事项审理终结时再裁决</source>
      <translation>Where some of the facts are already clear, make a partial award on those items first; the remaining items are awarded when the hearing concludes</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>先行裁决</source>
      <translation>Partial award</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>…号</source>
      <translation>No. ...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>。</source>
      <translation>.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>，裁决书已制作，可在“文书”页签打印和登记送达。</source>
      <translation>; the award has been drafted and can be printed and its service recorded on the "Documents" tab.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>。裁决事项不能再修改。</source>
      <translation>. The award items can no longer be changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>已裁决（{number}），不能再修改</source>
      <translation>Award made ({number}); it can no longer be changed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>无法确定终局裁决限额：</source>
      <translation>Cannot determine the final-award limit: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>终局事项合计{final_total_text}元；非终局事项合计{non_final_total_text}元</source>
      <translation>Final items total {final_total_text} yuan; non-final items total {non_final_total_text} yuan</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>终局裁决书（{numbers}）和非终局裁决书（{numbers2}）</source>
      <translation>a final award ({numbers}) and a non-final award ({numbers2})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>{value}裁决书（{numbers}）</source>
      <translation>{value} award ({numbers})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>已作出</source>
      <translation>Made</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>已作出裁决：</source>
      <translation>Award made: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>。先行裁决的事项不能再修改，其余事项审理终结时作出裁决。</source>
      <translation>. The items of the partial award can no longer be changed; the remaining items will be awarded when the hearing concludes.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>单项裁决金额不超过{cap_text}元（{minimum_wage_text}×12个月）的为终局裁决</source>
      <translation>Items whose awarded amount does not exceed {cap_text} yuan ({minimum_wage_text} × 12 months) are subject to a final award</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>本裁决将分别制作终局裁决书（{final_no}）和非终局裁决书（{non_final_no}），并分别告知救济权利。</source>
      <translation>This award will be issued as a separate final award ({final_no}) and non-final award ({non_final_no}), each with its own notice of the remedies available.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>将按{len}项裁决事项作出{what}。作出后裁决事项不能再修改，确定吗？</source>
      <translation>{what} will be made on {len} award items. The award items cannot be changed afterwards. Continue?</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>已作出先予执行裁决（{number}），先予执行裁决书已制作，可在“文书”页签打印和登记送达。</source>
      <translation>Advance-enforcement award made ({number}); the advance-enforcement award has been drafted and can be printed and its service recorded on the "Documents" tab.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/award_editor.py" />
      <source>；</source>
      <translation>; </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>待送达的裁决书</source>
      <translation>Awards pending service</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>裁决书编号</source>
      <translation>Award number</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>当事人</source>
      <translation>Parties</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>裁决日期</source>
      <translation>Award date</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>已过</source>
      <translation>Elapsed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>郑劳人仲案字〔2026〕99999-2号</source>
      <translation>Zheng Lao Ren Zhong An Zi [2026] No. 99999-2</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>欧阳建国等12人 诉 河南某建设有限公司</source>
      <translation>Ouyang Jianguo et al. (12) v. Henan X Construction Co., Ltd.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>先予执行裁决</source>
      <translation>Advance-enforcement award</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>2026年12月31日</source>
      <translation>2026-12-31</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>已过365日</source>
      <translation>365 days elapsed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>{TITLE}（{count}份）</source>
      <translation>{TITLE} ({count})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/awards_to_serve.py" />
      <source>已过{days}日</source>
      <translation>{days} days elapsed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/bar_chart.py" />
      <source>点击条形查看对应的案件</source>
      <translation>Click a bar to see the corresponding cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>读取失信名单失败，详细信息已写入日志，请稍后重试或联系系统管理员。</source>
      <translation>Failed to read the blacklist; details have been written to the log. Try again later or contact the system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>用人单位</source>
      <translation>Employer</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>列入人员</source>
      <translation>Listed persons</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>列入日期</source>
      <translation>Listing date</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>期满日</source>
      <translation>Expiry date</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>河南省第一建筑工程集团有限责任公司</source>
      <translation>Henan No. 1 Construction Engineering Group Co., Ltd.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>刘建国（法定代表人）、马德福</source>
      <translation>Liu Jianguo (legal representative), Ma Defu</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>已移出（2026年12月31日）</source>
      <translation>Removed (2026-12-31)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>郑人社监〔2026〕1234号</source>
      <translation>Zheng Ren She Jian [2026] No. 1234</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>已列入</source>
      <translation>Listed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>程序中</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>已移出/已撤销</source>
      <translation>Removed/revoked</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>未列入</source>
      <translation>Not listed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>Excel 工作簿（.xlsx）</source>
      <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>Excel 工作簿 (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>PDF 文件（.pdf）</source>
      <translation>PDF file (.pdf)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>PDF 文件 (*.pdf)</source>
      <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>导出公示名单</source>
      <translation>Export public list</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>名单截至日期：</source>
      <translation>List as of:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>文件格式：</source>
      <translation>File format:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>导出该日在册的失信联合惩戒对象（已于该日或之前移出的不含在内），自然人身份证号码脱敏，供部门网站公示和推送信用信息共享平台。</source>
      <translation>Exports the parties on the joint-punishment list of dishonest employers on that date (those removed on or before that date are excluded), with natural persons' ID numbers masked, for publication on the department's website and for submission to the credit information sharing platform.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>下一步</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>拖欠农民工工资失信联合惩戒对象名单</source>
      <translation>Joint-punishment list of dishonest employers in arrears of migrant workers' wages</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>导出公示名单…</source>
      <translation>Export public list…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>双击或按回车键打开案件</source>
      <translation>Double-click or press Enter to open the case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>{status_label}（{day}）</source>
      <translation>{status_label} ({day})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>今日公示 {published} 家</source>
      <translation>Published today: {published}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>共 {total} 条，第 {page_no}/{pages} 页</source>
      <translation>{total} records, page {page_no}/{pages}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>{name}（{kind_label}）</source>
      <translation>{name} ({kind_label})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>{label}（{counts}）</source>
      <translation>{label} ({counts})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>失信联合惩戒对象名单（截至{isoformat}）</source>
      <translation>Joint-punishment list of dishonest employers (as of {isoformat})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_page.py" />
      <source>已导出截至{day}的公示名单：
{written}</source>
      <translation>Public list as of {day} exported:
{written}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_panel.py" />
      <source>列入程序</source>
      <translation>Listing procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_panel.py" />
      <source>决定</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_panel.py" />
      <source>列入期间</source>
      <translation>Listing period</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_panel.py" />
      <source>列入对象</source>
      <translation>Listed parties</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_panel.py" />
      <source>符合列入失信联合惩戒名单的条件：</source>
      <translation>Meets the conditions for the joint-punishment list of dishonest employers: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_panel.py" />
      <source>名称或姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_panel.py" />
      <source>证件号码</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_panel.py" />
      <source>尚不能确定</source>
      <translation>Cannot be determined yet</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_panel.py" />
      <source>{deadline_text}。</source>
      <translation>{deadline_text}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_panel.py" />
      <source>列入条件（人力资源社会保障部令第45号第五条）：{verdict}。</source>
      <translation>Listing conditions (MOHRSS Order No. 45, Art. 5): {verdict}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/blacklist_panel.py" />
      <source>列入期间：{term_text}（{rule_label}）</source>
      <translation>Listing period: {term_text} ({rule_label})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>尚无进行中的法定期限。在“办理记录”中添加受理、立案等办理节点后自动计算。</source>
      <translation>No statutory deadline is running yet. Deadlines are calculated automatically once steps such as acceptance and case opening are added in "Case history".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>截止日期</source>
      <translation>Due date</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>剩余</source>
      <translation>Remaining</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>义务方</source>
      <translation>Obligated party</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>作出劳动保障监察行政处理决定期限</source>
      <translation>Deadline for the labour inspection administrative decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>2026年12月31日（暂定）</source>
      <translation>2026-12-31 (provisional)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>已于2026年12月31日完成</source>
      <translation>Completed on 2026-12-31</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>已中止计算（已延长）</source>
      <translation>Counting suspended (extended)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>法定期限</source>
      <translation>Statutory deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>（已延长）</source>
      <translation> (extended)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_deadlines.py" />
      <source>法定期限暂时无法计算：</source>
      <translation>Statutory deadlines cannot be calculated at the moment: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>（当前筛选）</source>
      <translation>(current filter)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>保存筛选</source>
      <translation>Save filter</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>郑劳人仲案字〔2026〕99999号</source>
      <translation>Zheng Lao Ren Zhong An Zi [2026] No. 99999</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>监察案件</source>
      <translation>Inspection cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>已作出决定</source>
      <translation>Decision made</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>欧阳建国等120人</source>
      <translation>Ouyang Jianguo et al. (120)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>河南明达建筑劳务有限公司</source>
      <translation>Henan Mingda Construction Labour Services Co., Ltd.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>欧阳建国</source>
      <translation>Ouyang Jianguo</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>管城回族区</source>
      <translation>Guancheng Hui District</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>剩余45日</source>
      <translation>45 days left</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>案号、姓名、身份证号、用人单位、项目或拼音首字母</source>
      <translation>Case number, name, ID number, employer, project or pinyin initials</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>收件日期</source>
      <translation>Date received</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>选择保存过的筛选条件，列表立即按其筛选</source>
      <translation>Choose a saved filter; the list is filtered by it immediately</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>保存筛选…</source>
      <translation>Save filter…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>把当前的筛选条件（含查找的文字）保存到我的工作队列</source>
      <translation>Save the current filter conditions (including the search text) to My work queue</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>重命名…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>上移</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>下移</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>管理</source>
      <translation>Manage</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>重命名、删除或调整所选的保存筛选</source>
      <translation>Rename, delete or reorder the selected saved filter</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>为当前的筛选条件起个名称（最多50个字）：</source>
      <translation>Name the current filter (up to 50 characters):</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>重命名筛选</source>
      <translation>Rename filter</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>查找：</source>
      <translation>Find:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>我的工作队列：</source>
      <translation>My work queue:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>筛选：</source>
      <translation>Filter:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>删除筛选</source>
      <translation>Delete filter</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>共 {total:,} 件</source>
      <translation>{total:,} cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>个人及集体</source>
      <translation>Individual and collective</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>个人案件</source>
      <translation>Individual cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>集体案件</source>
      <translation>Collective cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>案件类型</source>
      <translation>Case type</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>县区</source>
      <translation>County/district</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>个人/集体</source>
      <translation>Individual/collective</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>“{name}”的新名称（最多50个字）：</source>
      <translation>New name for "{name}" (max. 50 characters):</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>调整顺序</source>
      <translation>Reorder</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>“{name}”中的{join}已不存在，已按其余条件筛选</source>
      <translation>{join} in "{name}" no longer exist(s); filtered by the remaining criteria</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>全部类型</source>
      <translation>All types</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>全部状态</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>全部承办人</source>
      <translation>All officers in charge</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>全部县区</source>
      <translation>All counties/districts</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>删除保存的筛选“{name}”吗？只删除这组筛选条件，不影响任何案件。</source>
      <translation>Delete the saved filter "{name}"? Only this set of filter criteria is deleted; no cases are affected.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>　</source>
      <translation> </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>{notice}　{text}</source>
      <translation>{notice}  {text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_list.py" />
      <source>已有名为“{name}”的筛选，要用当前的筛选条件替换它吗？</source>
      <translation>A filter named "{name}" already exists. Replace it with the current filter criteria?</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_rules_panel.py" />
      <source>根据本案已登记的信息和办理节点逐项判断；“待确认”表示尚缺判断所需的信息。</source>
      <translation>Each item is assessed from the information and procedural steps recorded for this case; "To be confirmed" means information needed for the assessment is still missing.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_rules_panel.py" />
      <source>地方规定提示</source>
      <translation>Local rules</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_rules_panel.py" />
      <source>依据：</source>
      <translation>Basis: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_rules_panel.py" />
      <source>暂无可判断的法律要件。</source>
      <translation>No legal requirements can be assessed yet.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_rules_panel.py" />
      <source>法律要件暂时无法判断：</source>
      <translation>Legal requirements cannot be assessed at the moment: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_rules_panel.py" />
      <source>来源：</source>
      <translation>Source: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_rules_panel.py" />
      <source>【{topic}】{text}</source>
      <translation>[{topic}] {text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_table_model.py" />
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_table_model.py" />
      <source>金额（元）</source>
      <translation>Amount (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_table_model.py" />
      <source>下一期限</source>
      <translation>Next deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_table_model.py" />
      <source>审理期限</source>
      <translation>Time limit for the case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_table_model.py" />
      <source>绿色通道：优先立案、优先审理</source>
      <translation>Green channel: priority case opening and priority hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>证据材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.txt *.mp3 *.mp4);;所有文件 (*)</source>
      <translation>Evidence (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.txt *.mp3 *.mp4);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>尚未添加证据材料</source>
      <translation>No evidence added yet</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>劳动者及欠薪</source>
      <translation>Workers and arrears</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>证据材料</source>
      <translation>Evidence</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>办理记录</source>
      <translation>Case record</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>事实与请求</source>
      <translation>Facts and claims</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>法律要件</source>
      <translation>Legal requirements</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>文书</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>法律援助</source>
      <translation>Legal aid</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>指定或变更本案的承办人</source>
      <translation>Assign or change the officer in charge of this case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>工程项目及承包链</source>
      <translation>Construction project and contracting chain</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>身份证号码、电话和银行卡号部分隐藏。</source>
      <translation>ID numbers, phone numbers and bank card numbers are partly hidden.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>显示完整号码</source>
      <translation>Show full numbers</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>显示本案劳动者的完整身份证号码、电话和银行卡号；每次查看都记入操作日志</source>
      <translation>Show the full ID numbers, phone numbers and bank card numbers of this case's workers; every view is recorded in the audit log</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>添加证据材料…</source>
      <translation>Add evidence…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>打开</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>添加办理节点…</source>
      <translation>Add procedural step…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>登记受理、立案、送达等办理节点，法定期限随之重新计算</source>
      <translation>Record procedural steps such as acceptance, case opening and service; statutory deadlines are recalculated accordingly</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>修改…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>显示操作日志</source>
      <translation>Show audit log</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>在下方列出本案的操作日志：登记、修改、签发、打印、导出、查看完整号码等，记录人员和时间</source>
      <translation>List this case's audit log below: registration, edits, issuing, printing, export, viewing full numbers, etc., with the person and time</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>登记记录由系统生成，不能修改或删除</source>
      <translation>Registration entries are generated by the system and cannot be edited or deleted</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>添加证据材料</source>
      <translation>Add evidence</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>{size} 字节</source>
      <translation>{size} bytes</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>身份证号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>性别</source>
      <translation>Sex</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>年龄</source>
      <translation>Age</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>户籍地</source>
      <translation>Household registration</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>农民工</source>
      <translation>Migrant worker</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>工种</source>
      <translation>Job type</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>离职日期</source>
      <translation>Leaving date</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>欠薪金额（元）</source>
      <translation>Wage arrears (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>欠薪项目</source>
      <translation>Arrears item</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>期间</source>
      <translation>Period</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>备注</source>
      <translation>Remarks</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>文件名</source>
      <translation>File name</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>大小</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>添加时间</source>
      <translation>Added</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>说明</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>办理人</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>办理</source>
      <translation>Handling</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>失信惩戒</source>
      <translation>Blacklist</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>已显示完整号码（本次查看已记入操作日志）。</source>
      <translation>Full numbers shown (this view has been recorded in the audit log).</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>导出案件包…</source>
      <translation>Export case package…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>移送有管辖权的机关（跨区域协作）：把本案连同证据材料和文书导出为签名的案件包</source>
      <translation>Transfer to the competent authority (cross-region cooperation): export this case with its evidence and documents as a signed case package</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>登记时间</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>来源渠道</source>
      <translation>Source channel</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>行业</source>
      <translation>Industry</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>用工所在地</source>
      <translation>Place of work</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>劳动者人数</source>
      <translation>Number of workers</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>变更…</source>
      <translation>Change…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>指定…</source>
      <translation>Assign…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>用人单位（被投诉人）</source>
      <translation>Employer (complained against)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>用人单位（被申请人）</source>
      <translation>Employer (respondent)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>单位名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>统一社会信用代码</source>
      <translation>Unified social credit code</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>法定代表人</source>
      <translation>Legal representative</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>所在县区</source>
      <translation>County/district</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>承包关系</source>
      <translation>Contracting relationship</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>统一社会信用代码/身份证号</source>
      <translation>Unified social credit code/ID number</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>项目名称：</source>
      <translation>Project name: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>项目地址：</source>
      <translation>Project address: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>所在县区：</source>
      <translation>County/district: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>承包链：</source>
      <translation>Contracting chain: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>欠薪明细</source>
      <translation>Wage arrears details</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>确定删除办理节点“{kind_label}（{isoformat}）”吗？
删除后本案的法定期限将重新计算。</source>
      <translation>Delete the procedural step "{kind_label} ({isoformat})"?
The statutory deadlines of this case will be recalculated after deletion.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>删除办理节点</source>
      <translation>Delete procedural step</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>打开证据材料</source>
      <translation>Open evidence</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>劳动者及欠薪（{len}）</source>
      <translation>Workers and arrears ({len})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>证据材料（{len}）</source>
      <translation>Evidence ({len})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>办理记录（{rowCount}）</source>
      <translation>Case record ({rowCount})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source> · 集体案件</source>
      <translation> · Collective case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>：</source>
      <translation>: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>金额合计：{claimed_text} 元（人民币{claimed_capitals}）</source>
      <translation>Total amount: {claimed_text} yuan</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>本案不涉及工程建设项目</source>
      <translation>This case does not involve a construction project</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>操作日志（{len} 条，按时间先后）</source>
      <translation>Audit log ({len} entries, in chronological order)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>{name} 的欠薪明细（合计 {claimed_text} 元）</source>
      <translation>Wage arrears details for {name} (total {claimed_text} yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>办理节点</source>
      <translation>Procedural step</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>在职或未填</source>
      <translation>Employed or not given</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>&lt;/p&gt;&lt;h3&gt;请求事项&lt;/h3&gt;&lt;p&gt;</source>
      <translation>&lt;/p&gt;&lt;h3&gt;Claims&lt;/h3&gt;&lt;p&gt;</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>{len} 人</source>
      <translation>{len} people</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>未登记</source>
      <translation>Not recorded</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>操作日志：</source>
      <translation>Audit log: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>无法打开办理节点窗口：</source>
      <translation>Cannot open the procedural step window: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>未能删除：</source>
      <translation>Could not delete: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>找不到文件“{filename}”的存档副本：{path}</source>
      <translation>The archived copy of the file "{filename}" cannot be found: {path}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>&lt;h3&gt;事实与理由&lt;/h3&gt;&lt;p&gt;</source>
      <translation>&lt;h3&gt;Facts and reasons&lt;/h3&gt;&lt;p&gt;</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>（未填写）</source>
      <translation>(not filled in)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>{role_label}：{name}</source>
      <translation>{role_label}: {name}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/case_view.py" />
      <source>未能添加“{name}”：{reason}</source>
      <translation>Could not add "{name}": {reason}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/completers.py" />
      <source>输入县区名称查找</source>
      <translation>Type a county/district name to search</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>初始设置 — 数据库位置</source>
      <translation>Initial setup — database location</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>本机第一次使用本程序，请选择案件数据保存在哪里。以后本机都打开这里选择的数据库。</source>
      <translation>This is the first time the program is used on this computer. Choose where to store the case data. This computer will always open the database chosen here.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>本机数据库文件（一台电脑单独使用）</source>
      <translation>Local database file (one computer on its own)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>单位的 PostgreSQL 服务器（多台电脑共用一个数据库）</source>
      <translation>Office PostgreSQL server (several computers share one database)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>浏览…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>服务器地址，如 192.168.1.10 或 db.rsj.local</source>
      <translation>Server address, e.g. 192.168.1.10 or db.rsj.local</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>测试连接</source>
      <translation>Test connection</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>*服务器：</source>
      <translation>*Server:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>*端口：</source>
      <translation>*Port:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>*数据库名：</source>
      <translation>*Database name:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>*用户名：</source>
      <translation>*User name:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>密码：</source>
      <translation>Password:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>服务器、数据库和用户由单位的数据库管理员提供。密码保存在本机用户的 PostgreSQL 密码文件中，不写入程序设置。</source>
      <translation>The server, database and user are provided by your office's database administrator. The password is saved in this computer user's PostgreSQL password file, not in the program settings.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>数据库文件</source>
      <translation>Database file</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>正在连接……</source>
      <translation>Connecting...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>连接成功。</source>
      <translation>Connected successfully.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>请填写：</source>
      <translation>Please fill in: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>请填写数据库文件的位置。</source>
      <translation>Please enter the location of the database file.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>请先确认服务器可以连接：</source>
      <translation>Please first make sure the server can be reached: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>服务器</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>数据库名</source>
      <translation>Database name</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_choice.py" />
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_dialogs.py" />
      <source>恢复所选备份</source>
      <translation>Restore selected backup</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_dialogs.py" />
      <source>其他位置的备份文件…</source>
      <translation>Backup file from another location…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_dialogs.py" />
      <source>%Y年%m月%d日 %H:%M</source>
      <translation>%Y-%m-%d %H:%M</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_dialogs.py" />
      <source>备份文件夹中还没有备份。</source>
      <translation>There are no backups in the backup folder yet.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_dialogs.py" />
      <source>备份文件夹：{folder}
请选择要恢复的备份（最新的在最上面）。恢复前，当前的数据库会先原样保存到备份文件夹。</source>
      <translation>Backup folder: {folder}
Choose the backup to restore (newest at the top). Before restoring, the current database is first saved unchanged to the backup folder.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/database_dialogs.py" />
      <source>{when}　{kind_label}　{size}
{name}</source>
      <translation>{when}  {kind_label}  {size}
{name}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/deadline_model.py" />
      <source>（暂定）</source>
      <translation> (provisional)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/deadline_model.py" />
      <source>暂定：该期限延伸到尚无法定节假日数据的年份，目前只按周末推算；管理员在“设置”中录入该年节假日后将自动更正。</source>
      <translation>Provisional: this deadline extends into a year with no public holiday data yet, so only weekends are counted for now; it will be corrected automatically once an administrator enters that year's holidays under "Settings".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/deadline_model.py" />
      <source>逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/deadline_model.py" />
      <source>3个工作日内到期</source>
      <translation>Due within 3 working days</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/deadline_model.py" />
      <source>进行中</source>
      <translation>Running</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/deadline_model.py" />
      <source>，</source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/deadline_model.py" />
      <source>{COUNT_WORDS}{n}项</source>
      <translation>{COUNT_WORDS}: {n}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>PDF 文件 (*.pdf);;Word 文档 (*.docx)</source>
      <translation>PDF files (*.pdf);;Word documents (*.docx)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>无法读取本案的文书，详细信息已写入日志。请稍后重试，或联系系统管理员。</source>
      <translation>The documents of this case cannot be read; details have been written to the log. Please try again later or contact the system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>操作未能完成，详细信息已写入日志。请稍后重试，或联系系统管理员。</source>
      <translation>The operation could not be completed; details have been written to the log. Please try again later or contact the system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>文号/案号</source>
      <translation>Document No./case No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>受送达人/对象</source>
      <translation>Served on/subject</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>签发时间</source>
      <translation>Issued</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>签发人</source>
      <translation>Issued by</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>送达情况</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>作废文书</source>
      <translation>Void document</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>未送达</source>
      <translation>Not served</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>预览…</source>
      <translation>Preview…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>按当前案件信息生成草稿（文号显示为“草稿”），不编号，不存档</source>
      <translation>Generate a draft from the current case information (document number shown as "Draft"); not numbered, not archived</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>签发…</source>
      <translation>Issue…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>编号、存档，并记入办理记录</source>
      <translation>Number, archive and add to the case record</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>本案当前阶段没有可生成的文书</source>
      <translation>No documents can be generated at the current stage of this case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>生成文书：</source>
      <translation>Generate document: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>本案尚未签发文书。请在上方选择文书，先“预览”核对，再“签发”。</source>
      <translation>No documents have been issued for this case yet. Choose a document above, check it with "Preview" first, then "Issue" it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>打开PDF</source>
      <translation>Open PDF</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>打开Word</source>
      <translation>Open Word</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>在 Word 中打开，可在打印前修改（修改不会存回系统）</source>
      <translation>Open in Word to make changes before printing (changes are not saved back to the system)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>打印…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>打印选中的文书（Ctrl+P）；选中多份时批量打印</source>
      <translation>Print the selected document (Ctrl+P); print in batch when several are selected</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>打印副本…</source>
      <translation>Print copy…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>再次打印已签发的文书，内容不变，标注“副本”并计数</source>
      <translation>Print an issued document again with the same content, marked "Copy" and counted</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>另存为…</source>
      <translation>Save as…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>登记送达…</source>
      <translation>Record service…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>作废…</source>
      <translation>Void…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>已作废的文书不能再打印、送达或作废</source>
      <translation>A voided document can no longer be printed, served or voided</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>文书另存为</source>
      <translation>Save document as</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>另存为</source>
      <translation>Save as</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>登记送达方式、受送达人、送达日期和送达凭证</source>
      <translation>Record the method of service, person served, date of service and proof of service</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>文书有误时作废，文号保留作废记录，不再使用</source>
      <translation>Void a document that contains errors; the document number is kept with a void record and not used again</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>预览</source>
      <translation>Preview</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>打印草稿</source>
      <translation>Print draft</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>打印副本</source>
      <translation>Print copy</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>打印</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>批量打印</source>
      <translation>Batch print</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>请填写作废原因：作废原因将与文号一并存档。</source>
      <translation>Enter the reason for voiding: the reason will be archived together with the document number.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>本案</source>
      <translation>This case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>预览（草稿）— {title}</source>
      <translation>Preview (draft) — {title}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>无法在数据文件夹中写入临时文件，请检查磁盘空间和文件夹权限。</source>
      <translation>Cannot write a temporary file in the data folder. Check the disk space and folder permissions.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>批量打印 {len} 份文书</source>
      <translation>Batch print {len} documents</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>作废“{title}”（{number}）的原因：</source>
      <translation>Reason for voiding "{title}" ({number}):</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>{stem}（{n}）{suffix}</source>
      <translation>{stem} ({n}){suffix}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>打印（{len} 份）…</source>
      <translation>Print ({len} documents)…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>系统没有能打开该文件的程序。文件已保存在：{path}</source>
      <translation>No program on this system can open this file. The file has been saved at: {path}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>{what} — {title}　{number}</source>
      <translation>{what} — {title}  {number}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>打印中断：</source>
      <translation>Printing interrupted: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>确定作废“{title}”（{number}）吗？

作废后该文号保留作废记录，不再使用；文书不能再打印或送达。此操作不能撤销。</source>
      <translation>Void "{title}" ({number})?

After voiding, the document number is kept with a void record and not used again; the document can no longer be printed or served. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>已完成，但未能记入操作日志：</source>
      <translation>Completed, but could not be recorded in the audit log: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>（{recipient}）</source>
      <translation> ({recipient})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>已作废</source>
      <translation>Voided</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>无法写入文件“{path}”，请检查文件是否正被其他程序打开，或换一个位置保存。</source>
      <translation>Cannot write the file "{path}". Check whether the file is open in another program, or save it to a different location.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>已取消，已送往打印机 {pages} 页。</source>
      <translation>Cancelled; {pages} pages had already been sent to the printer.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/documents_tab.py" />
      <source>已作废：{void_reason}</source>
      <translation>Voided: {void_reason}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/drill_dialog.py" />
      <source>所统计的案件 — {title}</source>
      <translation>Cases counted — {title}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/drill_dialog.py" />
      <source>共 {total:,} 件案件。双击一行打开案件。</source>
      <translation>{total:,} cases in total. Double-click a row to open the case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/due_list.py" />
      <source>近期没有到期或逾期的期限。</source>
      <translation>No deadlines due soon or overdue.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/due_list.py" />
      <source>我的期限</source>
      <translation>My deadlines</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/due_list.py" />
      <source>剩余12个工作日</source>
      <translation>12 working days left</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/due_list.py" />
      <source>即将到期</source>
      <translation>Due soon</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/due_list.py" />
      <source>{TITLE}：{counts}</source>
      <translation>{TITLE}: {counts}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/due_list.py" />
      <source>期限暂时无法读取：</source>
      <translation>Deadlines cannot be read at the moment: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>投诉金额（元）</source>
      <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>已支付（元）</source>
      <translation>Paid (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>限期改正指令书</source>
      <translation>Order to rectify</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>事由</source>
      <translation>Grounds</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>决定书文号</source>
      <translation>Decision No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>逾期未付</source>
      <translation>Overdue, unpaid</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>{format_date}提出</source>
      <translation>Raised on {format_date}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>案件</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>失信联合惩戒记录</source>
      <translation>Joint-punishment list records</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>法定代表人及直接责任人员</source>
      <translation>Legal representative and directly responsible persons</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>（未登记）</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>{status_label}（{removal_kind_label}，{format_date}）</source>
      <translation>{status_label} ({removal_kind_label}, {format_date})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>仍要登记吗？</source>
      <translation>Register anyway?</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>住所</source>
      <translation>Domicile</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>失信联合惩戒记录（无）</source>
      <translation>Joint-punishment list records (none)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>直接责任人员：</source>
      <translation>Directly responsible persons: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>请注意：</source>
      <translation>Please note:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>（身份证号 {legal_representative_id_masked}）</source>
      <translation> (ID number {legal_representative_id_masked})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>应付 {claimed_text} 元　　已付 {paid_text} 元　　尚欠 {outstanding_text} 元　　逾期未付的指令书 {orders_ignored}件</source>
      <translation>Due {claimed_text} yuan    Paid {paid_text} yuan    Outstanding {outstanding_text} yuan    Orders to rectify ignored: {orders_ignored}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>案件（{len}件，双击打开）</source>
      <translation>Cases ({len}, double-click to open)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>法定代表人：{rep}</source>
      <translation>Legal representative: {rep}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>无（失信记录中未列明）</source>
      <translation>None (not listed in the blacklist record)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>无法读取该用人单位：</source>
      <translation>Cannot read this employer: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>失信联合惩戒记录（{len}条）</source>
      <translation>Joint-punishment list records ({len})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employer_view.py" />
      <source>· {w}。</source>
      <translation>· {w}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employers_page.py" />
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employers_page.py" />
      <source>案件数</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employers_page.py" />
      <source>未结</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employers_page.py" />
      <source>尚欠金额（元）</source>
      <translation>Outstanding (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employers_page.py" />
      <source>失信名单</source>
      <translation>Blacklisted</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employers_page.py" />
      <source>开封市鼓楼区兴业装饰工程有限公司</source>
      <translation>Kaifeng Gulou District Xingye Decoration Engineering Co., Ltd.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employers_page.py" />
      <source>单位名称、拼音首字母、统一社会信用代码或法定代表人</source>
      <translation>Employer name, pinyin initials, unified social credit code or legal representative</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employers_page.py" />
      <source>双击或按回车键查看该单位的全部案件、欠薪金额和失信记录</source>
      <translation>Double-click or press Enter to view all cases, wage arrears and blacklist records of this employer</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employers_page.py" />
      <source>已列入拖欠农民工工资失信联合惩戒对象名单</source>
      <translation>On the joint-punishment list of employers in wage arrears to migrant workers</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/employers_page.py" />
      <source>共 {total:,} 家</source>
      <translation>{total:,} employers</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/error_text.py" />
      <source>保存时发生意外错误，已填写的内容没有丢失，也没有写入数据库。请稍后重试，或联系系统管理员。</source>
      <translation>An unexpected error occurred while saving. What you entered has not been lost, and nothing was written to the database. Please try again later or contact the system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/error_text.py" />
      <source>{what}时发生意外错误，已填写的内容没有丢失，也没有写入数据库。请稍后重试，或联系系统管理员。</source>
      <translation>An unexpected error occurred during "{what}". What you entered has not been lost, and nothing was written to the database. Please try again later or contact the system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/error_text.py" />
      <source>操作未能完成，请核对填写的内容后重试。</source>
      <translation>The operation could not be completed. Please check what you entered and try again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/error_text.py" />
      <source>{label}：填写有误，请核对后重新输入</source>
      <translation>{label}: invalid entry; please check and enter it again</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/event_dialog.py" />
      <source>可填写文书名称、文号或送达方式等</source>
      <translation>E.g. document name, document number or method of service</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/event_dialog.py" />
      <source>办理节点：</source>
      <translation>Procedural step:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/event_dialog.py" />
      <source>日期：</source>
      <translation>Date:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/event_dialog.py" />
      <source>说明：</source>
      <translation>Description:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/event_dialog.py" />
      <source>日期为该节点的法定日期（如受理、送达之日），期限从次日起算。</source>
      <translation>The date is the statutory date of the step (e.g. the date of acceptance or service); periods start on the following day.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/event_dialog.py" />
      <source>修改办理节点</source>
      <translation>Edit procedural step</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/event_dialog.py" />
      <source>添加办理节点</source>
      <translation>Add procedural step</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>导出案件包</source>
      <translation>Export case package</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>导入案件包</source>
      <translation>Import case package</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>案件包 (*.wagecase)</source>
      <translation>Case package (*.wagecase)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>操作未能完成，没有导入或导出任何内容。详细信息已写入日志，请稍后重试或联系系统管理员。</source>
      <translation>The operation could not be completed; nothing was imported or exported. Details have been written to the log. Please try again later or contact the system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>正在导出案件包</source>
      <translation>Exporting case package</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>正在核验案件包</source>
      <translation>Verifying case package</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>已导出案件包：
{path}

{case_number}，证据材料 {attachments} 件，文书 {documents} 份，{size:.1f} MB。

签名密钥指纹：{fingerprint}
接收机关导入前须信任本机公钥（设置 → 案件交换 → 导出本机公钥…），请电话告知对方核对指纹。本次导出已记入操作日志。</source>
      <translation>Case package exported:
{path}

{case_number}, {attachments} evidence files, {documents} documents, {size:.1f} MB.

Signing key fingerprint: {fingerprint}
Before importing, the receiving authority must trust this computer's public key (Settings → Case exchange → Export this computer's public key…); please phone them so they can check the fingerprint. This export has been recorded in the audit log.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>正在导入案件包</source>
      <translation>Importing case package</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>来自</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>导出</source>
      <translation>Exported</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>原案号</source>
      <translation>Original case No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>材料</source>
      <translation>Materials</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>导入时</source>
      <translation>On import</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>导入后将以本机关的新案号登记，法定期限按本机关的期限设置和节假日重新计算：</source>
      <translation>After import the case will be registered under a new case number of this authority, and statutory deadlines recalculated using this authority's deadline settings and holidays:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>✔ 签名有效，全部文件与签名一致。签名机关：{signer_office}（指纹 {signer_fingerprint}）</source>
      <translation>✔ Signature valid; all files match the signature. Signed by: {signer_office} (fingerprint {signer_fingerprint})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>与本机记录不同之处（{len} 处）：以本机记录为准，导入的内容不覆盖本机记录，请导入后核实。</source>
      <translation>Differences from the records on this computer ({len}): the records on this computer prevail and are not overwritten by the import; please verify after importing.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>{exported_at:%Y年%m月%d日 %H:%M}，{value}</source>
      <translation>{exported_at:%Y-%m-%d %H:%M}, {value}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>{case_number}（{case_type_label}，{status_label}）</source>
      <translation>{case_number} ({case_type_label}, {status_label})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>{worker_count} 人，金额合计 {claimed_text} 元</source>
      <translation>{worker_count} workers, total {claimed_text} yuan</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>证据材料 {attachments} 件，文书 {documents} 份，办理记录 {events} 条，支付记录 {payments} 条</source>
      <translation>{attachments} evidence files, {documents} documents, {events} activity records, {payments} payment records</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_dialogs.py" />
      <source>提示：{n}</source>
      <translation>Note: {n}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>案件交换</source>
      <translation>Case exchange</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>向有管辖权的机关移送案件时，案件连同证据材料和文书导出为一个签名的案件包（在案件页点“导出案件包…”）；导入时核验签名，只接受下列受信任机关的案件包（文件 → 导入案件包…）。添加信任前，请与对方机关电话核对公钥指纹，确认一致后再添加。</source>
      <translation>When a case is transferred to an authority with jurisdiction, the case, with its evidence and documents, is exported as a signed case package (on the case page, click "Export case package..."). On import the signature is verified, and only packages from the trusted offices below are accepted (File → Import case package...). Before trusting an office, check its public key fingerprint with that office by phone, and add it only if they match.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>以下内容仅供查阅。只有管理员可以添加或移除受信任的机关。</source>
      <translation>The following is read-only. Only administrators can add or remove trusted offices.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>无法读取案件交换设置，详细信息已写入日志。请稍后重试，或联系系统管理员。</source>
      <translation>Cannot read the case exchange settings; details have been written to the log. Try again later or contact your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>机关公钥文件 (*.wagecase-key)</source>
      <translation>Office public key files (*.wagecase-key)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>机关名称</source>
      <translation>Office name</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>公钥指纹</source>
      <translation>Public key fingerprint</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>添加人</source>
      <translation>Added by</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>添加受信任的机关</source>
      <translation>Add trusted office</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>请电话联系对方机关，请对方读出其公钥指纹（设置 → 案件交换 → 本机公钥指纹），与上面逐位核对。一致才能添加：不一致说明文件可能被调换，请勿添加。</source>
      <translation>Phone the other office and ask them to read out their public key fingerprint (Settings → Case exchange → This computer's public key fingerprint), then compare it with the one above character by character. Add it only if they match: a mismatch means the file may have been swapped, so do not add it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>如：洛阳市人力资源和社会保障局</source>
      <translation>e.g. Luoyang Municipal Human Resources and Social Security Bureau</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>机关名称：</source>
      <translation>Office name:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>已核对一致，添加</source>
      <translation>Fingerprints match, add</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>导出本机公钥…</source>
      <translation>Export this computer's public key...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>把本机公钥保存为文件，发给需要接收本机案件包的机关</source>
      <translation>Save this computer's public key as a file and send it to offices that need to receive case packages from this computer</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>受信任的机关（只导入由这些公钥签名的案件包）</source>
      <translation>Trusted offices (only case packages signed with these public keys are imported)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>添加…</source>
      <translation>Add...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>打开对方机关发来的公钥文件（.wagecase-key），核对指纹后添加</source>
      <translation>Open the public key file (.wagecase-key) sent by the other office, check the fingerprint, and add it</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>移除</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>导出本机公钥</source>
      <translation>Export this computer's public key</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>文件中的机关：</source>
      <translation>Office in file:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>公钥指纹：</source>
      <translation>Public key fingerprint:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>本机关：</source>
      <translation>This office:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>本机公钥指纹：</source>
      <translation>This computer's public key fingerprint:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>这是本机自己的公钥，不需要添加为信任的机关。</source>
      <translation>This is this computer's own public key; it does not need to be added as a trusted office.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>移除受信任的机关</source>
      <translation>Remove trusted office</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>该公钥已以“{trusted_as}”的名称受信任；添加将更改名称。</source>
      <translation>This public key is already trusted under the name "{trusted_as}"; adding it will change the name.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>（未设置机关名称）</source>
      <translation>(office name not set)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>本机公钥已保存到：
{path}

请把该文件发给对方机关，并电话告知公钥指纹：
{text}</source>
      <translation>This computer's public key has been saved to:
{path}

Send this file to the other office and tell them the public key fingerprint by phone:
{text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>（未注明）</source>
      <translation>(not stated)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>确定不再信任“{office}”（指纹 {display}）吗？
此后该机关签名的案件包将不能导入，已导入的案件不受影响。</source>
      <translation>Stop trusting "{office}" (fingerprint {display})?
Case packages signed by this office can no longer be imported; cases already imported are not affected.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/exchange_page.py" />
      <source>无法写入文件“{path}”，请换一个位置保存。</source>
      <translation>Cannot write the file "{path}". Save it to a different location.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/file_export.py" />
      <source>导出失败，没有生成文件。详细信息已写入日志，请稍后重试或联系系统管理员。</source>
      <translation>Export failed; no file was created. Details have been written to the log. Try again later or contact your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/file_export.py" />
      <source>正在{title}</source>
      <translation>{title} in progress...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>开庭日历</source>
      <translation>Hearing calendar</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>一二三四五六日</source>
      <translation>MTWTFSS</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>全部仲裁庭室</source>
      <translation>All hearing rooms</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>全部仲裁员</source>
      <translation>All arbitrators</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>本周没有安排开庭。</source>
      <translation>No hearings scheduled this week.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>{year}年{month}月{day}日—{tail}</source>
      <translation>{month}/{day}/{year} – {tail}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>上一周</source>
      <translation>Previous week</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>本周</source>
      <translation>This week</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>下一周</source>
      <translation>Next week</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>绿色边框为绿色通道案件（农民工追索劳动报酬、集体劳动争议），优先审理。双击开庭安排打开案件。</source>
      <translation>A green border marks green-channel cases (migrant workers claiming wages, collective labour disputes), which are heard with priority. Double-click a hearing to open its case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>{year}年{month}月{day}日</source>
      <translation>{month}/{day}/{year}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>{month}月{day}日</source>
      <translation>{month}/{day}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>仲裁庭室：</source>
      <translation>Hearing room:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>仲裁员：</source>
      <translation>Arbitrator:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>尚无仲裁员</source>
      <translation>No arbitrators yet</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>开庭安排暂时无法读取：</source>
      <translation>Hearing schedule temporarily unavailable: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>本周开庭{len}场</source>
      <translation>Hearings this week: {len}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>星期{WEEKDAYS}
{month}月{day}日</source>
      <translation>{WEEKDAYS}
{month}/{day}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearing_calendar.py" />
      <source>{name}（已停用）</source>
      <translation>{name} (disabled)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearings_list.py" />
      <source>本周开庭</source>
      <translation>Hearings this week</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearings_list.py" />
      <source>2026年12月31日 14:00—16:00</source>
      <translation>12/31/2026 14:00–16:00</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearings_list.py" />
      <source>第一仲裁庭</source>
      <translation>Tribunal No. 1</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearings_list.py" />
      <source>赵丽娟、钱伟、孙敏</source>
      <translation>Zhao Lijuan, Qian Wei, Sun Min</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearings_list.py" />
      <source>绿色通道 已排期</source>
      <translation>Green channel  Scheduled</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearings_list.py" />
      <source>{TITLE}（{count}场）</source>
      <translation>{TITLE} ({count})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/hearings_list.py" />
      <source>绿色通道 {status_label}</source>
      <translation>Green channel  {status_label}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>使用手册首页</source>
      <translation>User manual home</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>初始设置</source>
      <translation>Initial setup</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>工作台</source>
      <translation>Workbench</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>投诉登记与仲裁申请</source>
      <translation>Complaint registration and arbitration applications</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>监察案件的办理</source>
      <translation>Handling inspection cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>仲裁案件的办理</source>
      <translation>Handling arbitration cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>统计</source>
      <translation>Statistics</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>法定期限一览</source>
      <translation>Statutory deadlines</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>快捷键</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>使用手册 — 农民工欠薪案件管理</source>
      <translation>User manual — Migrant Worker Wage Arrears Case Management</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>&lt;h1&gt;法定期限一览&lt;/h1&gt;&lt;p&gt;未能读取法定期限（尚未打开数据库，或读取出错）。打开数据库后可在“设置 → 法定期限”中查看。&lt;/p&gt;</source>
      <translation>&lt;h1&gt;Statutory deadlines&lt;/h1&gt;&lt;p&gt;Could not read the statutory deadlines (no database is open, or reading failed). Once a database is open, you can view them in "Settings → Statutory deadlines".&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>（见说明）</source>
      <translation>(see notes)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>&lt;h1&gt;法定期限一览&lt;/h1&gt;&lt;p&gt;以下期限取自本数据库现行的期限设置（设置 → 法定期限），程序按此计算案件的各项期限；工作日按节假日安排（含调休）计算。&lt;/p&gt;&lt;table border='1' cellspacing='0' cellpadding='4'&gt;&lt;tr&gt;&lt;th&gt;期限&lt;/th&gt;&lt;th&gt;长度&lt;/th&gt;&lt;th&gt;法律依据&lt;/th&gt;&lt;th&gt;说明&lt;/th&gt;&lt;/tr&gt;</source>
      <translation>&lt;h1&gt;Statutory deadlines&lt;/h1&gt;&lt;p&gt;The deadlines below are taken from this database's current deadline settings (Settings → Statutory deadlines), which the program uses to calculate each deadline of a case. Working days are counted according to the holiday schedule (including make-up working days).&lt;/p&gt;&lt;table border='1' cellspacing='0' cellpadding='4'&gt;&lt;tr&gt;&lt;th&gt;Deadline&lt;/th&gt;&lt;th&gt;Length&lt;/th&gt;&lt;th&gt;Legal basis&lt;/th&gt;&lt;th&gt;Notes&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/help_window.py" />
      <source>&lt;p&gt;找不到帮助文件：{escape}。请重新安装程序。&lt;/p&gt;</source>
      <translation>&lt;p&gt;Help file not found: {escape}. Please reinstall the program.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>以工作日计算的期限跳过周末和法定节假日，并把调休上班日算作工作日。2004年至今年的放假安排随软件提供；以后年份由管理员根据国务院办公厅的通知录入。某一年没有数据时，跨入该年的期限只按周末推算，并标注“暂定”。</source>
      <translation>Deadlines counted in working days skip weekends and public holidays, and count make-up working days as working days. Holiday schedules from 2004 to the current year ship with the software; for later years an administrator enters them from the notice of the General Office of the State Council. If a year has no data, deadlines running into that year are calculated from weekends only and marked "provisional".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>国务院办公厅每年11月公布下一年放假安排，请及时录入。</source>
      <translation>The General Office of the State Council publishes the next year's holiday schedule each November; please enter it promptly.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>该年安排随软件提供，不能直接修改。如国务院办公厅另行调整，管理员可以录入本年安排，录入后以管理员录入的为准；删除管理员录入即恢复随软件提供的安排。</source>
      <translation>This year's schedule ships with the software and cannot be edited directly. If the General Office of the State Council adjusts it, an administrator can enter this year's schedule, which then takes precedence; deleting the administrator's entry restores the schedule shipped with the software.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>该年安排由管理员录入，计算期限时以此为准。</source>
      <translation>This year's schedule was entered by an administrator and is used to calculate deadlines.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>该年没有放假安排数据：跨入该年的期限只按周末推算，并标注“暂定”。</source>
      <translation>No holiday schedule for this year: deadlines running into this year are calculated from weekends only and marked "provisional".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>只有管理员可以录入或修改放假安排。</source>
      <translation>Only administrators can enter or edit holiday schedules.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>元旦</source>
      <translation>New Year's Day</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>春节</source>
      <translation>Spring Festival</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>清明节</source>
      <translation>Qingming Festival</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>劳动节</source>
      <translation>Labour Day</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>端午节</source>
      <translation>Dragon Boat Festival</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>中秋节</source>
      <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>国庆节</source>
      <translation>National Day</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>放假起</source>
      <translation>Holiday from</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>放假止</source>
      <translation>Holiday to</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>天数</source>
      <translation>Days</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>调休上班日</source>
      <translation>Make-up working days</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>添加一行</source>
      <translation>Add row</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>删除所选行</source>
      <translation>Delete selected rows</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>保存本年安排</source>
      <translation>Save this year's schedule</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>节假日安排</source>
      <translation>Holiday schedules</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>录入本年安排…</source>
      <translation>Enter this year's schedule...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>删除管理员录入</source>
      <translation>Delete administrator's entry</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>随软件提供</source>
      <translation>Shipped with software</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>管理员录入</source>
      <translation>Entered by administrator</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>无数据，按周末推算</source>
      <translation>No data, weekends only</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>请联系管理员录入。</source>
      <translation>Please ask an administrator to enter it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>{year}年　{get}</source>
      <translation>{year} — {get}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>{year}年的放假安排尚未录入。{CALL_TO_ACTION}录入之前，跨入{year}年的期限只按周末推算，并标注“暂定”。</source>
      <translation>The {year} holiday schedule has not been entered yet. {CALL_TO_ACTION} Until it is, deadlines running into {year} are calculated from weekends only and marked "provisional".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>该年没有放假安排。</source>
      <translation>No holiday schedule for this year.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>录入本年安排（替换随软件提供的）…</source>
      <translation>Enter this year's schedule (replacing the one shipped with the software)...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>确定删除管理员录入的{year}年放假安排吗？删除后，该年改用随软件提供的安排；软件没有该年数据的，期限只按周末推算并标注“暂定”。未结案件的期限将重新计算。</source>
      <translation>Delete the {year} holiday schedule entered by the administrator? The schedule shipped with the software will then be used for that year; if the software has no data for that year, deadlines are calculated from weekends only and marked "provisional". Deadlines of open cases will be recalculated.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>{year}年放假安排</source>
      <translation>{year} holiday schedule</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>按国务院办公厅《关于{year}年部分节假日安排的通知》逐项填写。日期写作 {year}-01-01；调休上班日有多天时用顿号分开，例如 {year}-02-07、{year}-02-20。不放假的行可以留空，保存时会略过。</source>
      <translation>Fill in each item from the General Office of the State Council's Notice on Arrangements for Certain Holidays in {year}. Write dates as {year}-01-01; separate several make-up working days with commas, e.g. {year}-02-07, {year}-02-20. Rows with no time off may be left blank; they are skipped when saving.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>第{value}行</source>
      <translation>Row {value}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>请填写节日名称</source>
      <translation>Enter the holiday name</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>无法读取放假安排，详细信息已写入日志。</source>
      <translation>Cannot read the holiday schedules; details have been written to the log.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>录入{year}年安排…</source>
      <translation>Enter the {year} schedule...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>来源：{source_label}</source>
      <translation>Source: {source_label}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>点击“录入本年安排…”按通知逐项填写。</source>
      <translation>Click "Enter this year's schedule..." and fill in each item from the notice.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>多个日期用顿号分开</source>
      <translation>Separate multiple dates with commas</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>修改本年安排…</source>
      <translation>Edit this year's schedule...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>{where}“名称”：请填写节日名称，例如 春节。</source>
      <translation>{where}, "Name": enter the holiday name, e.g. Spring Festival.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>日期写作 {year}-01-01</source>
      <translation>Write dates as {year}-01-01</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>{where}“调休上班日”：“{part}”不是有效日期，多个日期用顿号分开，例如 {year}-02-07、{year}-02-20。</source>
      <translation>{where}, "Make-up working days": "{part}" is not a valid date. Separate multiple dates with commas, e.g. {year}-02-07, {year}-02-20.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>{where}“{label}”：“{text}”不是有效日期，应写作 {year}-01-01。</source>
      <translation>{where}, "{label}": "{text}" is not a valid date; write it as {year}-01-01.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/holiday_page.py" />
      <source>{where}“{label}”：请填写日期，例如 {year}-01-01。</source>
      <translation>{where}, "{label}": enter a date, e.g. {year}-01-01.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>调查与责令</source>
      <translation>Investigation and orders</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>处理与处罚</source>
      <translation>Decisions and penalties</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>移送公安</source>
      <translation>Transfer to the police</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>登记支付…</source>
      <translation>Record payment...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>尚未登记支付</source>
      <translation>No payments recorded yet</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>各劳动者支付情况</source>
      <translation>Payment status by worker</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>支付记录</source>
      <translation>Payment records</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>应付（元）</source>
      <translation>Due (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>已付（元）</source>
      <translation>Paid (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>未付（元）</source>
      <translation>Unpaid (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>支付方</source>
      <translation>Paid by</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>方式</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>应付合计 {format_yuan} 元，已付 {format_yuan2} 元，未付 {format_yuan3} 元</source>
      <translation>Total due {format_yuan} yuan, paid {format_yuan2} yuan, unpaid {format_yuan3} yuan</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/inspection_panel.py" />
      <source>；限期改正指令书要求于 {year}年{month}月{day}日前支付</source>
      <translation>; the order to rectify requires payment by {month}/{day}/{year}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_chain.py" />
      <source>删除这一家分包单位</source>
      <translation>Delete this subcontractor</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_chain.py" />
      <source>添加分包单位</source>
      <translation>Add subcontractor</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_chain.py" />
      <source>身份证号码</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_chain.py" />
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_chain.py" />
      <source>项目所在县区：</source>
      <translation>Project county/district:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_chain.py" />
      <source>承包关系（建设单位 → 施工总承包单位 → 分包单位 → 班组长）</source>
      <translation>Contracting chain (project owner → general contractor → subcontractor → crew leader)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>投诉登记</source>
      <translation>Complaint registration</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>仲裁申请登记</source>
      <translation>Arbitration application registration</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>以下劳动者对同一用人单位已有未办结的案件，可能是重复登记：</source>
      <translation>The following workers already have open cases against the same employer; this may be a duplicate registration:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>案件信息</source>
      <translation>Case information</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>工程项目</source>
      <translation>Construction project</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>保存并登记（Ctrl+S）</source>
      <translation>Save and register (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>Ctrl+N 添加劳动者，Ctrl+I 添加欠薪项，Ctrl+S 保存</source>
      <translation>Ctrl+N add worker, Ctrl+I add arrears item, Ctrl+S save</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>未能登记：</source>
      <translation>Could not register: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>未保存：请按红色提示更正后再保存。</source>
      <translation>Not saved: correct the items marked in red, then save again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>选择花名册</source>
      <translation>Select roster</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>劳动者陈述的事实：用工时间、工作内容、约定工资、拖欠经过等</source>
      <translation>Facts stated by the worker: period of employment, work done, agreed wage, how the arrears arose, etc.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>申请仲裁的事实与理由</source>
      <translation>Facts and reasons for the arbitration application</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>请求事项：如支付拖欠工资若干元</source>
      <translation>Requests: e.g. payment of X yuan in wage arrears</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>仲裁请求：如裁决被申请人支付拖欠工资若干元</source>
      <translation>Arbitration claims: e.g. an award ordering the respondent to pay X yuan in wage arrears</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>投诉事实</source>
      <translation>Facts of the complaint</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>事实与理由</source>
      <translation>Facts and reasons</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>请求事项</source>
      <translation>Requests</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>仲裁请求</source>
      <translation>Arbitration claims</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>劳动者（投诉人）</source>
      <translation>Workers (complainants)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>劳动者（申请人）</source>
      <translation>Workers (claimants)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>个人案件只能有一名劳动者。请先删除多余的劳动者，再改为个人案件。</source>
      <translation>An individual case can have only one worker. Delete the extra workers first, then change it to an individual case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>未登记：该用人单位有失信记录或未结案件，请核对。</source>
      <translation>Not registered: this employer has a dishonesty record or open cases; please check.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>用人单位提示</source>
      <translation>Employer alert</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>案号 {case_number}　劳动者 {worker_name}　用人单位 {employer_name}　状态 {status_label}　登记日期 {date_text}</source>
      <translation>Case no. {case_number}  Worker: {worker_name}  Employer: {employer_name}  Status: {status_label}  Registered: {date_text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>……等共 {len} 件</source>
      <translation>... {len} cases in total</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>可能重复登记</source>
      <translation>Possible duplicate registration</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>未登记：请核对是否为重复案件。</source>
      <translation>Not registered: please check whether this is a duplicate case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>有 {len} 处需要更正（点击可定位），已填写的内容均已保留：</source>
      <translation>{len} item(s) need correcting (click to go to each); everything you entered has been kept:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>已从花名册加入 {len} 名劳动者（尚未保存）。</source>
      <translation>Added {len} worker(s) from the roster (not yet saved).</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_dialog.py" />
      <source>已填写的内容尚未保存，确定要放弃吗？</source>
      <translation>What you have entered has not been saved. Discard it?</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>法定代表人身份证号</source>
      <translation>Legal representative's ID number</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>个人</source>
      <translation>Individual</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>集体</source>
      <translation>Collective</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>已告知劳动者可以申请法律援助</source>
      <translation>Worker informed of the right to apply for legal aid</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>《中华人民共和国法律援助法》第三十五条：应当及时告知当事人有权依法申请法律援助</source>
      <translation>Legal Aid Law of the People's Republic of China, Art. 35: parties shall be promptly informed of their right to apply for legal aid in accordance with the law</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>输入名称、信用代码或拼音首字母查找已有单位</source>
      <translation>Type a name, credit code or pinyin initials to find an existing employer</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>18位</source>
      <translation>18 characters</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>选择证据材料</source>
      <translation>Select evidence</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>所有文件 (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>案件类别</source>
      <translation>Case category</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>收件时间</source>
      <translation>Received at</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>18位（用于失信名单核查，可不填）</source>
      <translation>18 characters (used for the blacklist check; optional)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_sections.py" />
      <source>在“说明”列填写每份材料的内容</source>
      <translation>Describe each item in the "Description" column</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>劳动者代表</source>
      <translation>Worker representatives</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>欠薪合计（元）</source>
      <translation>Total arrears (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>银行卡号</source>
      <translation>Bank card number</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>已离职的填写离职日期（如 2025-06-30 或 2025-06），在职的不填；仲裁时效从离职之日起算</source>
      <translation>For workers who have left, enter the leaving date (e.g. 2025-06-30 or 2025-06); leave blank if still employed. The limitation period runs from the date of leaving</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>起始</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>截止</source>
      <translation>To</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>添加劳动者</source>
      <translation>Add worker</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>添加一名劳动者（Ctrl+N）</source>
      <translation>Add a worker (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>删除劳动者</source>
      <translation>Delete worker</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>从花名册导入…</source>
      <translation>Import from roster...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>从 Excel 花名册（.xlsx）导入劳动者</source>
      <translation>Import workers from an Excel roster (.xlsx)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>起始、截止填写年月（如 2026-01）或日期（如 2026-01-15）</source>
      <translation>Enter From and To as a month (e.g. 2026-01) or a date (e.g. 2026-01-15)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>添加欠薪项</source>
      <translation>Add arrears item</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>为选中的劳动者添加一项欠薪（Ctrl+I）</source>
      <translation>Add an arrears item for the selected worker (Ctrl+I)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>删除欠薪项</source>
      <translation>Delete arrears item</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>欠薪明细（请先选择劳动者）</source>
      <translation>Arrears details (select a worker first)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>共 {len} 名劳动者，欠薪合计 {format_yuan} 元</source>
      <translation>{len} worker(s), total arrears {format_yuan} yuan</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>欠薪明细 — {name}</source>
      <translation>Arrears details — {name}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>该劳动者合计：{format_yuan} 元</source>
      <translation>Total for this worker: {format_yuan} yuan</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/intake_workers.py" />
      <source>第{n}名劳动者</source>
      <translation>Worker {n}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>本案制作一份</source>
      <translation>One for the case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>每名劳动者各制作一份</source>
      <translation>One per worker</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>每个被投诉人（被申请人）各制作一份</source>
      <translation>One per party complained against (respondent)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>每名失信名单当事人各制作一份</source>
      <translation>One per blacklist party</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>每名法律援助申请人各制作一份</source>
      <translation>One per legal aid applicant</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>本文书的内容全部取自案件登记信息，无需另行填写。</source>
      <translation>All content of this document is taken from the case registration; nothing else needs to be filled in.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>签发后文号即被占用，文书不能修改；如有错误，只能作废后重新签发。签发前可先“预览”核对草稿。</source>
      <translation>Once issued, the document number is taken and the document cannot be changed; errors can only be fixed by voiding it and issuing it again. Use "Preview" to check the draft before issuing.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>签发</source>
      <translation>Issue</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>预览草稿…</source>
      <translation>Preview draft...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>{label}：{text}</source>
      <translation>{label}: {text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>签发时自动编号并存档。</source>
      <translation>Numbered and filed automatically when issued.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>（请选择）</source>
      <translation>(select)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>（不填）</source>
      <translation>(leave blank)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/issue_dialog.py" />
      <source>签发文书 — {title}</source>
      <translation>Issue document — {title}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>法律援助机构</source>
      <translation>Legal aid centres</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>可转交法律援助申请的法律援助中心和派驻工作站。办理法律援助转交时，按案件所在县区推荐服务该地的机构：县区代码比全市、全省更优先，同一范围内优先推荐工作站。停用的机构不再被推荐，已有的转交记录不受影响。</source>
      <translation>Legal aid centres and outpost workstations to which legal aid applications can be referred. When referring, the centres serving the case's county/district are recommended: a county/district code ranks above a whole city or province, and within the same area workstations are recommended first. Disabled centres are no longer recommended; existing referral records are not affected.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>以下数据仅供查阅。只有管理员可以添加、修改或停用法律援助机构。</source>
      <translation>The following data is read-only. Only administrators can add, edit or disable legal aid centres.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>无法读取法律援助机构，详细信息已写入日志。请稍后重试，或联系系统管理员。</source>
      <translation>Cannot read the legal aid centres; details have been written to the log. Try again later or contact your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>填写县区代码，多个用逗号分隔，如 410105,410102；4101 表示郑州市全市</source>
      <translation>Enter county/district codes separated by commas, e.g. 410105,410102; 4101 means all of Zhengzhou</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>服务区域</source>
      <translation>Service area</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>在用</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>法律援助中心</source>
      <translation>Legal aid centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>法律援助工作站</source>
      <translation>Legal aid workstation</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>如：郑州市法律援助中心</source>
      <translation>e.g. Zhengzhou Legal Aid Centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>如：0371-12348</source>
      <translation>e.g. 0371-12348</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>停用</source>
      <translation>Disable</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>停用法律援助机构</source>
      <translation>Disable legal aid centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>启用法律援助机构</source>
      <translation>Enable legal aid centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>地址（选填）</source>
      <translation>Address (optional)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>电话（选填）</source>
      <translation>Phone (optional)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>启用</source>
      <translation>Enable</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>{value}法律援助机构</source>
      <translation>{value} legal aid centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>已停用</source>
      <translation>Disabled</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>停用“{name}”后，新的法律援助转交不再推荐它，已有的转交记录不受影响。确定停用吗？</source>
      <translation>Once "{name}" is disabled, it will no longer be recommended for new legal aid referrals; existing referral records are not affected. Disable it?</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>重新启用“{name}”？启用后将按服务区域推荐给新的法律援助转交。</source>
      <translation>Enable "{name}" again? It will then be recommended for new legal aid referrals according to its service area.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>修改</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>添加</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_centres_page.py" />
      <source>{counties_text}
代码：{counties}</source>
      <translation>{counties_text}
Codes: {counties}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>紧急</source>
      <translation>Urgent</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>申请日期</source>
      <translation>Application date</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>承办律师</source>
      <translation>Assigned lawyer</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>欧阳建国等5名代表人</source>
      <translation>Ouyang Jianguo and others (5 representatives)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>郑州市法律援助中心</source>
      <translation>Zhengzhou Legal Aid Centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>决定给予援助</source>
      <translation>Aid granted</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>王明（河南某某律师事务所）</source>
      <translation>Wang Ming (Henan XX Law Firm)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>法律援助审查决定期限：2026年12月31日</source>
      <translation>Legal aid review decision due: 12/31/2026</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>法律援助转交</source>
      <translation>Legal aid referrals</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>只看办理中的</source>
      <translation>In progress only</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>在案件的“法律援助”页签中转交、登记机构答复和指派律师；农民工追索劳动报酬免予核查经济困难状况。</source>
      <translation>Refer applications, record the centre's reply and the assigned lawyer on the case's "Legal aid" tab. Migrant workers claiming wages are exempt from the financial hardship check.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>{name}：{due_text}</source>
      <translation>{name}: {due_text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_page.py" />
      <source>共 {total} 件</source>
      <translation>Total: {total}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>告知申请法律援助的权利</source>
      <translation>Inform of the right to apply for legal aid</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>告知日期</source>
      <translation>Date informed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>告知人及方式</source>
      <translation>Informed by and how</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>记录</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>转交法律援助申请</source>
      <translation>Refer legal aid application</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>农民工追索劳动报酬的，免予核查经济困难状况；有条件的应当日转交。</source>
      <translation>Migrant workers claiming wages are exempt from the financial hardship check; refer the same day where possible.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>转交</source>
      <translation>Refer</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>记录已告知…</source>
      <translation>Record informing...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>转交法律援助申请…</source>
      <translation>Refer legal aid application...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>每名劳动者分别转交</source>
      <translation>Refer each worker separately</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>转交日期</source>
      <translation>Referral date</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>转交记录</source>
      <translation>Referral records</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>免予核查经济困难状况</source>
      <translation>Exempt from the financial hardship check</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>需按规定审查经济困难状况</source>
      <translation>Financial hardship check required</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>尚不能确定是否免予核查</source>
      <translation>Not yet known whether exempt from the hardship check</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>由代表人统一转交</source>
      <translation>Referred jointly through the representatives</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>（按用工所在地推荐）</source>
      <translation> (recommended for place of employment)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>法律援助：{verdict}。{eligibility_text}</source>
      <translation>Legal aid: {verdict}. {eligibility_text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>紧急：</source>
      <translation>Urgent: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>法律援助情况暂时无法读取：</source>
      <translation>Legal aid status temporarily unavailable: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/legal_aid_panel.py" />
      <source>{name}：{due_text}，{days_text}</source>
      <translation>{name}: {due_text}, {days_text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/listing_candidates.py" />
      <source>待作出列入失信名单决定</source>
      <translation>Blacklisting decision pending</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/listing_candidates.py" />
      <source>列入决定期限</source>
      <translation>Listing decision period</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/listing_candidates.py" />
      <source>郑人社监投字〔2026〕99999号</source>
      <translation>Zheng HRSS Insp. Compl. [2026] No. 99999</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/listing_candidates.py" />
      <source>河南某某建设工程有限公司</source>
      <translation>Henan XX Construction Engineering Co., Ltd.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/listing_candidates.py" />
      <source>逾期10个工作日</source>
      <translation>10 working days overdue</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/listing_candidates.py" />
      <source>拖欠劳动报酬数额达到拒不支付劳动报酬罪数额标准</source>
      <translation>Wage arrears reach the threshold for the crime of refusing to pay labour remuneration</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/listing_candidates.py" />
      <source>{TITLE}（{count}件）</source>
      <translation>{TITLE} ({count})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>至少{MIN_LENGTH}个字符，同时包含字母和数字。</source>
      <translation>At least {MIN_LENGTH} characters, including both letters and digits.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>登录 — wagecase 农民工欠薪案件管理</source>
      <translation>Log in — wagecase Migrant Worker Wage Arrears Case Management</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>农民工欠薪案件管理</source>
      <translation>Migrant Worker Wage Arrears Case Management</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>确认密码</source>
      <translation>Confirm password</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>登录</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>修改密码</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>原密码</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>新密码</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>确认新密码</source>
      <translation>Confirm new password</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>设置密码并登录</source>
      <translation>Set password and log in</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>请输入用户名。</source>
      <translation>Enter a user name.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>首次使用：请为该用户设置登录密码（{PASSWORD_HINT}）</source>
      <translation>First use: set a login password for this user ({PASSWORD_HINT})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/login_dialog.py" />
      <source>管理员为您设置了初始密码，请先修改为只有您知道的密码。</source>
      <translation>The administrator has set an initial password for you. Change it to a password only you know.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>wagecase 农民工欠薪案件管理</source>
      <translation>wagecase - Migrant Worker Wage Arrears Case Management</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>仲裁案件</source>
      <translation>Arbitration cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>将用于生成、编号和打印监察及仲裁各类法律文书。</source>
      <translation>Used to generate, number and print all legal documents for labour inspection and arbitration.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>全部案件</source>
      <translation>All cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>收到劳动者反映欠薪时，按来源选择登记方式：
· 投诉登记：劳动者向劳动保障监察机构投诉用人单位拖欠工资，登记后进入监察办理程序。
· 仲裁申请登记：劳动者向劳动人事争议仲裁委员会申请仲裁，登记后进入仲裁立案审查。
多名劳动者共同反映的，可登记为集体案件，并从 Excel 花名册导入劳动者。</source>
      <translation>When a worker reports unpaid wages, choose how to register it by source:
· Register complaint: the worker complains to the labour inspection agency that the employer owes wages; after registration the case enters the inspection procedure.
· Register arbitration application: the worker applies to the labour and personnel dispute arbitration commission; after registration the application goes to case-opening review.
If several workers raise the matter together, register it as a collective case and import the workers from an Excel roster.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>正在打开数据库，请稍候……</source>
      <translation>Opening the database, please wait...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>数据库：正在打开……</source>
      <translation>Database: opening...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>未结案件</source>
      <translation>Open cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>本月收件</source>
      <translation>Received this month</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>您的角色不能导入案件包。导入案件须由立案人员或承办人员办理。</source>
      <translation>Your role cannot import case packages. Cases must be imported by case registration staff or an officer in charge.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>切换用户</source>
      <translation>Switch user</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>本次启动未使用登录（命令行或测试方式），不能切换用户。</source>
      <translation>This session was started without login (command line or test mode), so you cannot switch users.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>打开案件</source>
      <translation>Open case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>登记</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>登记窗口暂时无法打开，详细信息已写入日志，请联系系统管理员。</source>
      <translation>The registration window cannot be opened right now. Details have been written to the log; contact your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>密码已修改，下次登录请使用新密码。</source>
      <translation>Password changed. Use the new password next time you log in.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>用于劳动保障监察投诉和劳动人事争议仲裁中农民工欠薪案件的登记、办理、期限计算、文书制作和统计。</source>
      <translation>Registration, handling, deadline calculation, document drafting and statistics for migrant workers' wage arrears cases in labour inspection complaints and labour and personnel dispute arbitration.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>使用说明：按 F1 或选择“帮助 → 使用手册”。</source>
      <translation>Instructions: press F1 or choose "Help → User manual".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>当前用户：{display_name}（{role_label}）</source>
      <translation>Current user: {display_name} ({role_label})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>无法打开该案件：</source>
      <translation>Cannot open this case: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>数据库：尚未打开</source>
      <translation>Database: not open yet</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>{label}（Ctrl+{number}）</source>
      <translation>{label} (Ctrl+{number})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>版本 {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>数据文件夹：{data_dir}</source>
      <translation>Data folder: {data_dir}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/main_window.py" />
      <source>日志文件：{log_file}</source>
      <translation>Log file: {log_file}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/overdue_orders.py" />
      <source>逾期未付的限期改正指令书</source>
      <translation>Overdue unpaid orders to rectify</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/overdue_orders.py" />
      <source>支付期限</source>
      <translation>Payment deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/overdue_orders.py" />
      <source>郑人社监案字〔2026〕99999号</source>
      <translation>Zheng-HRSS-Insp. Case [2026] No. 99999</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/overdue_orders.py" />
      <source>逾期365天</source>
      <translation>365 days overdue</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/overdue_orders.py" />
      <source>逾期{days_overdue}天</source>
      <translation>{days_overdue} days overdue</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/overdue_referrals.py" />
      <source>法律援助逾期未答复</source>
      <translation>Legal aid replies overdue</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/overdue_referrals.py" />
      <source>届满日</source>
      <translation>Expiry date</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/overdue_referrals.py" />
      <source>法律援助审查决定期限</source>
      <translation>Legal aid decision period</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/overdue_referrals.py" />
      <source>逾期10日</source>
      <translation>10 days overdue</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/partial_dialog.py" />
      <source>作出后所选事项不能再修改，先行裁决书随即制作，可在“文书”页签打印和登记送达。</source>
      <translation>Once issued, the selected items can no longer be changed. The partial award is drafted immediately and can be printed and its service recorded on the "Documents" tab.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/partial_dialog.py" />
      <source>先行裁决的事项</source>
      <translation>Items for partial award</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/partial_dialog.py" />
      <source>仲裁庭裁决劳动争议案件时，其中一部分事实已经清楚的，可以就该部分先行裁决（《劳动争议调解仲裁法》第四十三条第二款）。请勾选事实已经清楚的事项；其余事项仍可编辑，审理终结时一并作出裁决。先行裁决不结束审理期限。</source>
      <translation>When the facts of part of a labour dispute are already clear, the tribunal may make an award on that part first (Art. 43(2) of the Labour Dispute Mediation and Arbitration Law). Tick the items whose facts are clear; the other items remain editable and are decided together when the hearing concludes. A partial award does not end the time limit for the case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/partial_dialog.py" />
      <source>　{verdict}</source>
      <translation>  {verdict}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>已完成</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>当前环节</source>
      <translation>Current step</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>尚未进行</source>
      <translation>Not started</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>本案未经此环节</source>
      <translation>Not applicable to this case</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>待审批：</source>
      <translation>Pending approval: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>可办理事项</source>
      <translation>Available actions</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>灰色按钮当前不能办理，鼠标停在按钮上可查看原因。</source>
      <translation>Greyed-out buttons are not available now; hover over a button to see why.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>“{label}”需经负责人审批。确定提交审批申请吗？</source>
      <translation>"{label}" requires approval by the head of office. Submit a request for approval?</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>确定对本案办理“{label}”吗？</source>
      <translation>Carry out "{label}" for this case?</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>未能办理：</source>
      <translation>Could not complete: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>当前状态：{status_label}</source>
      <translation>Current status: {status_label}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>办理环节暂时无法读取：</source>
      <translation>Case steps cannot be read right now: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>“{label}”已提交审批，负责人批准后生效。</source>
      <translation>"{label}" has been submitted for approval and takes effect once the head of office approves it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>当前环节不能办理此事项</source>
      <translation>This action is not available at the current step</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/path_widgets.py" />
      <source>提交后由负责人审批，批准后生效</source>
      <translation>After submission the head of office approves it; it takes effect once approved</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/payment_dialog.py" />
      <source>登记支付</source>
      <translation>Record payment</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/payment_dialog.py" />
      <source>单位：元，如 3000 或 3000.50</source>
      <translation>In yuan, e.g. 3000 or 3000.50</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/payment_dialog.py" />
      <source>如：转账凭证号、代付说明</source>
      <translation>e.g. transfer voucher number, note on payment by a third party</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/payment_dialog.py" />
      <source>支付日期</source>
      <translation>Payment date</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/payment_dialog.py" />
      <source>支付金额（元）</source>
      <translation>Amount paid (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/payment_dialog.py" />
      <source>支付方式</source>
      <translation>Payment method</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/payment_dialog.py" />
      <source>部分支付的，案件继续办理；全部付清后方可结案。</source>
      <translation>If payment is partial, the case continues; it can be closed only once everything is paid.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/payment_dialog.py" />
      <source>{name}（未付 {outstanding_text} 元）</source>
      <translation>{name} (unpaid: {outstanding_text} yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/pdf_preview.py" />
      <source>打印预览</source>
      <translation>Print preview</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/pdf_preview.py" />
      <source>正在打印 {count} 份文书</source>
      <translation>Printing {count} documents</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/placeholder.py" />
      <source>该功能尚未开放</source>
      <translation>This feature is not available yet</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>核实情况</source>
      <translation>Verification</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>待核实</source>
      <translation>To be verified</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>该数值来自公开资料整理，尚未与正式文件逐条核对。
请管理员对照原文件核实；核实无误后在“修改”中取消“待核实”。</source>
      <translation>This value was compiled from public sources and has not yet been checked item by item against the official document.
An administrator should check it against the original; once confirmed, clear "To be verified" under "Edit".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>无法读取该表，详细信息已写入日志。请稍后重试，或联系系统管理员。</source>
      <translation>Cannot read this table. Details have been written to the log. Try again later or contact your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>以下数据仅供查阅。只有管理员可以新增、修改或删除。</source>
      <translation>The data below is read-only. Only administrators can add, edit or delete entries.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>筛选：输入代码、名称或任意内容</source>
      <translation>Filter: enter a code, name or any text</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>新增…</source>
      <translation>Add...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>{value}　{label}</source>
      <translation>{value}  {label}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>选择{label}</source>
      <translation>Select {label}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>即：</source>
      <translation>i.e. </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>确定删除“{summary}”这一条吗？删除后计算将不再使用它。</source>
      <translation>Delete "{summary}"? Calculations will no longer use it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>选择…</source>
      <translation>Select...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>新增</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>共 {total} 条</source>
      <translation>{total} in total</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>显示 {shown} / 共 {total} 条</source>
      <translation>Showing {shown} of {total}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>请选择…</source>
      <translation>Please select...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>元</source>
      <translation>yuan</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>（选填）</source>
      <translation> (optional)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/reference_table_page.py" />
      <source>2024-01-01（可不填）</source>
      <translation>2024-01-01 (optional)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>安排开庭时可选择的仲裁庭室。同一庭室在同一时间只能安排一场开庭；停用的庭室不能再安排新的开庭，已安排的开庭不受影响。</source>
      <translation>Hearing rooms available when scheduling hearings. A room can host only one hearing at a time; a deactivated room cannot be booked for new hearings, but hearings already scheduled are not affected.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>以下数据仅供查阅。只有管理员可以新增、修改或停用仲裁庭室。</source>
      <translation>The data below is read-only. Only administrators can add, edit or deactivate hearing rooms.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>无法读取仲裁庭室，详细信息已写入日志。请稍后重试，或联系系统管理员。</source>
      <translation>Cannot read hearing rooms. Details have been written to the log. Try again later or contact your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>新增庭室…</source>
      <translation>Add room...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>新增仲裁庭室</source>
      <translation>Add hearing room</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>庭室名称：</source>
      <translation>Room name:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>重命名仲裁庭室</source>
      <translation>Rename hearing room</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>新的名称：</source>
      <translation>New name:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>停用仲裁庭室</source>
      <translation>Deactivate hearing room</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>启用仲裁庭室</source>
      <translation>Activate hearing room</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>使用中</source>
      <translation>In use</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/rooms_page.py" />
      <source>停用“{name}”后不能再安排新的开庭，已安排的开庭不受影响。确定停用吗？</source>
      <translation>After "{name}" is deactivated, no new hearings can be scheduled in it; hearings already scheduled are not affected. Deactivate it?</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>是否农民工</source>
      <translation>Migrant worker</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>欠薪类别</source>
      <translation>Arrears type</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>欠薪起始</source>
      <translation>Arrears from</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>欠薪截止</source>
      <translation>Arrears to</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>欠薪金额</source>
      <translation>Amount owed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>欠薪期间</source>
      <translation>Arrears period</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>导入花名册</source>
      <translation>Import roster</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>重新读取</source>
      <translation>Reload</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>在 Excel 中改正文件并保存后，重新读取</source>
      <translation>Correct and save the file in Excel, then reload</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>全部导入有效行</source>
      <translation>Import all valid rows</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>正在读取……</source>
      <translation>Reading...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>无法读取该文件，请确认它是 Excel 工作簿（.xlsx）且没有在其他程序中加密或损坏。</source>
      <translation>Cannot read this file. Make sure it is an Excel workbook (.xlsx) and is not encrypted or damaged by another program.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>读取失败。</source>
      <translation>Reading failed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>第{row}行 [{column}]：{message}</source>
      <translation>Row {row} [{column}]: {message}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>第{row}行：{message}</source>
      <translation>Row {row}: {message}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>有效行（将加入劳动者名单）：</source>
      <translation>Valid rows (will be added to the worker list):</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>已识别的列：</source>
      <translation>Columns recognised: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>没有发现问题。</source>
      <translation>No problems found.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>文件：{name}</source>
      <translation>File: {name}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>有问题的行不会导入；可在 Excel 中改正后点“重新读取”。</source>
      <translation>Rows with problems will not be imported; correct them in Excel and click "Reload".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>缺少必需的列：</source>
      <translation>Missing required columns: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>全部导入有效行（{good} 行）</source>
      <translation>Import all valid rows ({good} rows)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>共读取 {rows_read} 行：有效 {good} 行，有问题 {bad} 行。</source>
      <translation>{rows_read} rows read: {good} valid, {bad} with problems.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>有问题的行（{len} 处）：</source>
      <translation>Rows with problems ({len}):</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/roster_dialog.py" />
      <source>{period_from}～{period_to}</source>
      <translation>{period_from} – {period_to}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/schedule_dialog.py" />
      <source>开始时间</source>
      <translation>Start time</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/schedule_dialog.py" />
      <source>结束时间</source>
      <translation>End time</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/schedule_dialog.py" />
      <source>延期开庭</source>
      <translation>Postpone hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/schedule_dialog.py" />
      <source>安排开庭</source>
      <translation>Schedule hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/schedule_dialog.py" />
      <source>开庭日期</source>
      <translation>Hearing date</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/schedule_dialog.py" />
      <source>仲裁庭室和仲裁员在同一时间只能安排一场开庭；确定后记入办理记录，开庭通知期限随之计算。</source>
      <translation>A hearing room and an arbitrator can each have only one hearing at a time. Once confirmed, this is recorded in the case log and the hearing notice deadline is calculated.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/schedule_dialog.py" />
      <source>如 09:00</source>
      <translation>e.g. 09:00</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/schedule_dialog.py" />
      <source>如：申请人因病住院，于2026年3月16日提交延期开庭申请及诊断证明</source>
      <translation>e.g. The claimant was hospitalised and submitted a request to postpone the hearing with a medical certificate on 16 March 2026</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/schedule_dialog.py" />
      <source>延期理由</source>
      <translation>Reason for postponement</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/schedule_dialog.py" />
      <source>如：请双方携带证据原件</source>
      <translation>e.g. Both parties should bring the original evidence</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/schedule_dialog.py" />
      <source>（开庭时间范围 {day_start}—{day_end}）</source>
      <translation>(hearing hours {day_start}–{day_end})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>受送达人签收的送达回证；代收人姓名及与受送达人的关系</source>
      <translation>Proof of service signed by the recipient; name of anyone who signed on the recipient's behalf and their relationship to the recipient</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>邮件号（EMS 单号）及签收情况</source>
      <translation>Tracking number (EMS) and delivery confirmation</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>见证人姓名、单位，拍照或录像情况</source>
      <translation>Witness's name and organisation; whether photos or video were taken</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>公告的媒体或地点、公告日期</source>
      <translation>Publication medium or place, and date of the public notice</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>电子送达的号码或邮箱，及送达回执</source>
      <translation>Phone number or email used for electronic service, and the delivery receipt</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>直接送达</source>
      <translation>Personal service</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>邮寄送达</source>
      <translation>Service by post</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>留置送达</source>
      <translation>Service by leaving the document</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>公告送达</source>
      <translation>Service by public notice</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>电子送达</source>
      <translation>Electronic service</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>登记送达</source>
      <translation>Record service</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>受送达人姓名或单位名称</source>
      <translation>Recipient's name or organisation name</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>送达方式</source>
      <translation>Method of service</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>受送达人</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>送达日期</source>
      <translation>Date of service</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>送达凭证</source>
      <translation>Proof of service</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>送达日期为受送达人签收之日（邮寄为签收之日，公告为公告期满之日）；以送达之日起算的法定期限将随之计算。</source>
      <translation>The date of service is the date the recipient signs for the document (for post, the date of signing; for public notice, the date the notice period ends). Statutory periods counted from the date of service are calculated from it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/service_dialog.py" />
      <source>{title}　{number}</source>
      <translation>{title}  {number}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/settings_page.py" />
      <source>最低工资标准</source>
      <translation>Minimum wage</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/settings_page.py" />
      <source>最低工资档次（县区）</source>
      <translation>Minimum wage tier (county/district)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/settings_page.py" />
      <source>上年度职工平均工资</source>
      <translation>Average employee wage for the previous year</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/settings_page.py" />
      <source>拒不支付劳动报酬罪数额标准</source>
      <translation>Amount thresholds for the crime of refusing to pay wages</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/settings_page.py" />
      <source>参数</source>
      <translation>Parameters</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/settings_page.py" />
      <source>文书模板</source>
      <translation>Document templates</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/settings_page.py" />
      <source>用户与权限</source>
      <translation>Users and permissions</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/settings_page.py" />
      <source>该页面暂时无法打开，详细信息已写入日志。请联系系统管理员。</source>
      <translation>This page cannot be opened right now. Details have been written to the log. Contact your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>本机关</source>
      <translation>Your office</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>选择本机关所在的市或县（市、区），核对印在文书上的机关名称。</source>
      <translation>Select the city or county (county-level city, district) where your office is located, and check the office name printed on documents.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>*所在地区：</source>
      <translation>*Location:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>*机关名称（发文机关）：</source>
      <translation>*Office name (issuing authority):</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>*劳动保障监察机构：</source>
      <translation>*Labour inspection agency:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>*仲裁委员会：</source>
      <translation>*Arbitration commission:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>机关名称印在文书的落款和印章处；监察机构印在投诉登记表等内部文书上；仲裁委员会是仲裁文书的署名。</source>
      <translation>The office name is printed at the signature and seal of documents; the inspection agency is printed on internal documents such as the complaint registration form; the arbitration commission signs arbitration documents.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>文号与案号</source>
      <translation>Document and case numbers</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>文号代字是编号开头的字（郑人社监通字〔2026〕5号中的“郑”）。{year} 为年份，{seq} 为序号。</source>
      <translation>The document number prefix is the character at the start of a number ("Zheng" in Zheng-HRSS-Insp.-Notice [2026] No. 5). {year} is the year and {seq} the sequence number.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>按地名的第一个字预填；许多地方另有习惯用字（如开封“汴”、南阳“宛”），请按本机关实际填写。</source>
      <translation>Pre-filled with the first character of the place name. Many places use a customary character instead (e.g. "Bian" for Kaifeng, "Wan" for Nanyang); enter what your office actually uses.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>管理员账号</source>
      <translation>Administrator account</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>密码至少8个字符，须同时包含字母和数字，不能与用户名相同。</source>
      <translation>The password must be at least 8 characters, contain both letters and digits, and differ from the user name.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>用户名：</source>
      <translation>User name:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>*姓名：</source>
      <translation>*Name:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>*密码：</source>
      <translation>*Password:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>*再次输入密码：</source>
      <translation>*Re-enter password:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>完成</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>点击“完成”保存以上设置，并以管理员身份登录。这些内容以后都可以在“设置”中修改。</source>
      <translation>Click "Finish" to save these settings and log in as administrator. All of them can be changed later under "Settings".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>正式办案的数据库请不要勾选。</source>
      <translation>Do not tick this for a database used for real cases.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>初始设置 — 农民工欠薪案件管理</source>
      <translation>Initial setup — Migrant Worker Wage Arrears Case Management</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>所在地区：请从列表中选择本机关所在的市或县（市、区），可输入名称查找，如“中牟”。</source>
      <translation>Location: select the city or county (county-level city, district) where your office is located from the list; you can type a name to search, e.g. "Zhongmou".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>文号代字：</source>
      <translation>Document number prefix:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>例：</source>
      <translation>Example: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>格式有误：只能含 {year} 和 {seq}</source>
      <translation>Invalid format: only {year} and {seq} are allowed</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>帮助</source>
      <translation>Help</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>下一步 &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>&lt; 上一步</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>第一位管理员的用户名为 {username}。完成后以该账号登录，再在“设置 → 用户与权限”中为其他工作人员建立账号。</source>
      <translation>The first administrator's user name is {username}. When finished, log in with this account and create accounts for other staff under "Settings → Users and permissions".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>载入演示数据（{demo_cases} 件河南省的模拟案件，姓名、单位均为虚构，便于熟悉系统）</source>
      <translation>Load demo data ({demo_cases} simulated cases from Henan Province with fictitious names and employers, to help you get to know the system)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>所在地区：{currentText}</source>
      <translation>Location: {currentText}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>机关名称：{text}</source>
      <translation>Office name: {text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>劳动保障监察机构：{text}</source>
      <translation>Labour inspection agency: {text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>仲裁委员会：{text}</source>
      <translation>Arbitration commission: {text}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>监察案件案号：{removeprefix}</source>
      <translation>Inspection case number: {removeprefix}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>管理员：{text}（用户名 {text2}）</source>
      <translation>Administrator: {text} (user name {text2})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/setup_wizard.py" />
      <source>{label}：</source>
      <translation>{label}:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/startup_texts.py" />
      <source>wagecase 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</source>
      <translation>wagecase database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/startup_texts.py" />
      <source>数据库备份 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</source>
      <translation>Database backup (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/startup_texts.py" />
      <source>无法打开数据库</source>
      <translation>Cannot open database</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/startup_texts.py" />
      <source>新建数据库</source>
      <translation>New database</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/startup_texts.py" />
      <source>重试</source>
      <translation>Retry</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/startup_texts.py" />
      <source>选择其他数据库文件…</source>
      <translation>Choose another database file…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/startup_texts.py" />
      <source>从备份恢复…</source>
      <translation>Restore from backup…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/startup_texts.py" />
      <source>继续使用</source>
      <translation>Continue anyway</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>统计报表</source>
      <translation>Statistical reports</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>生成报表时发生意外错误，已记入日志。请重试；如仍失败，请把日志交给系统管理员。</source>
      <translation>An unexpected error occurred while generating the report and has been logged. Try again; if it still fails, give the log to your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>第一季度</source>
      <translation>Q1</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>第二季度</source>
      <translation>Q2</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>第三季度</source>
      <translation>Q3</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>第四季度</source>
      <translation>Q4</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source> 年</source>
      <translation> </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>全部地区</source>
      <translation>All areas</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>生成报表</source>
      <translation>Generate report</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>导出 Excel…</source>
      <translation>Export to Excel...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>导出 PDF…</source>
      <translation>Export to PDF...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>选择统计期间和地区后点击“生成报表”。</source>
      <translation>Select the reporting period and area, then click "Generate report".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>双击表中的数字（或点击条形）查看所统计的案件。</source>
      <translation>Double-click a number in the table (or click a bar) to see the cases it counts.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>统计期间</source>
      <translation>Reporting period</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>地区</source>
      <translation>Area</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>尚未生成报表，请先选择期间并点击“生成报表”。</source>
      <translation>No report generated yet. Select a period and click "Generate report".</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>导出统计报表</source>
      <translation>Export statistical report</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>正在统计{label}……</source>
      <translation>Counting {label}...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>正在统计{label}</source>
      <translation>Counting {label}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>{period_label}（{scope_label}）：收案 {received} 件，结案 {closed} 件，为劳动者追回工资 {recovered} 元。制表时间 {at:%Y-%m-%d %H:%M}。</source>
      <translation>{period_label} ({scope_label}): {received} cases received, {closed} cases closed, {recovered} yuan in wages recovered for workers. Generated {at:%Y-%m-%d %H:%M}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>（{scope_label}）</source>
      <translation> ({scope_label})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>{m} 月</source>
      <translation>Month {m}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>图：{label}</source>
      <translation>Chart: {label}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>案件统计表 {period_label}{scope}</source>
      <translation>Case statistics {period_label}{scope}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/statistics_page.py" />
      <source>已导出{period_label}统计报表：
{written}</source>
      <translation>Exported statistical report for {period_label}:
{written}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/stats_table_model.py" />
      <source>{ordinal}、{title}</source>
      <translation>{number}. {title}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/stats_table_model.py" />
      <source>{start}至{end}</source>
      <translation>{start} to {end}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/stats_table_model.py" />
      <source>双击查看这个数字所统计的案件</source>
      <translation>Double-click to see the cases counted in this number</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/stats_table_model.py" />
      <source>{value} · {label} · {label2}：{value2}</source>
      <translation>{value} · {label} · {label2}: {value2}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/stats_table_model.py" />
      <source>{year}年{month}月</source>
      <translation>{month}/{year}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/stats_table_model.py" />
      <source>{year}年第{ordinal}季度</source>
      <translation>Q{number} {year}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/stats_table_model.py" />
      <source>{year}年</source>
      <translation>{year}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/supervisor_panel.py" />
      <source>点击查看所统计的案件</source>
      <translation>Click to see the cases counted</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/supervisor_panel.py" />
      <source>科室概况</source>
      <translation>Section overview</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/supervisor_panel.py" />
      <source>科室概况（暂时无法统计，详情已记入日志）</source>
      <translation>Section overview (cannot be calculated right now; details have been logged)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/supervisor_panel.py" />
      <source>双击数字查看所统计的案件</source>
      <translation>Double-click a number to see the cases it counts</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/supervisor_panel.py" />
      <source>科室概况（截至{day}）</source>
      <translation>Section overview (as of {day})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/supervisor_panel.py" />
      <source>在办案件</source>
      <translation>Cases in progress</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/supervisor_panel.py" />
      <source>本机关期限已逾期</source>
      <translation>Our deadlines overdue</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/supervisor_panel.py" />
      <source>待审批事项</source>
      <translation>Items awaiting approval</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/supervisor_panel.py" />
      <source>本月追回工资（元）</source>
      <translation>Wages recovered this month (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/supervisor_panel.py" />
      <source>本月获支付劳动者（人）</source>
      <translation>Workers paid this month (people)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/supervisor_panel.py" />
      <source>{text}：{text2}</source>
      <translation>{text}: {text2}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>每种文书按一个 Word 模板（.docx）生成。需要调整文字或格式时，管理员可“导出模板”，在 Word 中修改后“替换模板”；系统先检查新模板的占位符，通过后才使用。原有版本全部保留，可随时恢复。</source>
      <translation>Each document type is generated from a Word template (.docx). To change wording or layout, an administrator can "Export template", edit it in Word and then "Replace template"; the system checks the new template's placeholders first and uses it only if they pass. All earlier versions are kept and can be restored at any time.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>以下内容仅供查阅。只有管理员可以导出、替换或恢复文书模板。</source>
      <translation>The content below is read-only. Only administrators can export, replace or restore document templates.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>无法读取文书模板，详细信息已写入日志。请稍后重试，或联系系统管理员。</source>
      <translation>Cannot read document templates. Details have been written to the log. Try again later or contact your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>Word 文档 (*.docx)</source>
      <translation>Word documents (*.docx)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>监察</source>
      <translation>Inspection</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>仲裁</source>
      <translation>Arbitration</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>随程序提供</source>
      <translation>Built-in</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>历史版本</source>
      <translation>Earlier versions</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>导出模板…</source>
      <translation>Export template...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>把使用中的模板另存为 .docx，以便在 Word 中修改</source>
      <translation>Save the template in use as a .docx so you can edit it in Word</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>替换模板…</source>
      <translation>Replace template...</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>选择修改好的 .docx；检查通过后替换，原模板保留在历史版本中</source>
      <translation>Choose the edited .docx; it replaces the template once it passes the check, and the old template is kept in earlier versions</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>恢复此版本</source>
      <translation>Restore this version</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>重新使用选中的历史版本</source>
      <translation>Use the selected earlier version again</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>导出模板</source>
      <translation>Export template</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>替换模板</source>
      <translation>Replace template</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>修改说明（可不填）：</source>
      <translation>Note on the change (optional):</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>第{version}版</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>第{version}版（{when} 上传）</source>
      <translation>Version {version} (uploaded {when})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>适用</source>
      <translation>Used in</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>模板文件</source>
      <translation>Template file</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>使用中的版本</source>
      <translation>Version in use</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>版本</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>上传时间</source>
      <translation>Uploaded</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>上传人</source>
      <translation>Uploaded by</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>恢复模板</source>
      <translation>Restore template</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>历史版本（{len}）</source>
      <translation>Earlier versions ({len})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>《{title}》的模板已导出到：
{target}

在 Word 中修改时，请保留双花括号中的占位符，不要改动其中的文字。</source>
      <translation>The template for "{title}" has been exported to:
{target}

When editing in Word, keep the placeholders in double curly braces and do not change the text inside them.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>替换《{title}》的模板</source>
      <translation>Replace the template for "{title}"</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>没有替换：</source>
      <translation>Not replaced: </translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>替换模板时发生意外错误，模板没有改动。详细信息已写入日志。</source>
      <translation>An unexpected error occurred while replacing the template; the template has not been changed. Details have been written to the log.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>《{title}》已改用新模板，原模板保留在历史版本中。</source>
      <translation>"{title}" now uses the new template; the old template is kept in earlier versions.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>《{title}》：{description}</source>
      <translation>"{title}": {description}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>《{title}》</source>
      <translation>"{title}"</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>确定让《{title}》重新使用“{label}”的模板吗？
当前使用的模板仍保留在历史版本中。</source>
      <translation>Switch "{title}" back to the "{label}" template?
The template currently in use will be kept in earlier versions.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>（使用中）</source>
      <translation> (in use)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>无法写入文件“{target}”，请检查文件是否正被 Word 打开，或换一个位置保存。</source>
      <translation>Cannot write the file "{target}". Check whether it is open in Word, or save it somewhere else.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>无法读取文件“{path}”，请确认文件存在且没有被其他程序占用。</source>
      <translation>Cannot read the file "{path}". Make sure it exists and is not in use by another program.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/template_page.py" />
      <source>“{name}”未通过模板检查，没有替换（共 {len} 处问题）：</source>
      <translation>"{name}" failed the template check; nothing was replaced ({len} problems):</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>每人使用自己的账号登录，所做的每项操作都记入操作日志。新用户首次登录时须修改管理员设置的初始密码；连续输错密码将被暂时锁定。审批只能由科室负责人办理。</source>
      <translation>Each person logs in with their own account, and every action is recorded in the audit log. New users must change the initial password set by the administrator at first login; repeated wrong passwords temporarily lock the account. Approvals can only be given by the head of office.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>以下数据仅供查阅。只有管理员可以新增用户、修改角色、重置密码。</source>
      <translation>The data below is read-only. Only administrators can add users, change roles and reset passwords.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>无法读取用户，详细信息已写入日志。请稍后重试，或联系系统管理员。</source>
      <translation>Cannot read users. Details have been written to the log. Try again later or contact your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>角色</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>最近登录</source>
      <translation>Last login</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>未设置密码</source>
      <translation>No password set</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>须修改密码</source>
      <translation>Must change password</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>正常</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>初始密码</source>
      <translation>Initial password</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>启用（停用的用户不能登录，其办理记录保留）</source>
      <translation>Active (disabled users cannot sign in; their case records are kept)</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>新增用户…</source>
      <translation>Add user…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>重置密码…</source>
      <translation>Reset password…</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>解锁</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>重置密码</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>已锁定（至{locked_until:%H:%M}）</source>
      <translation>Locked (until {locked_until:%H:%M})</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>修改用户</source>
      <translation>Edit user</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>新增用户</source>
      <translation>Add user</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>各角色的权限：</source>
      <translation>Permissions by role:</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>{label}：{join}</source>
      <translation>{label}: {join}</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>为“{display_name}”设置新的初始密码（{PASSWORD_HINT}用户登录后须修改）：</source>
      <translation>Set a new initial password for "{display_name}" ({PASSWORD_HINT} The user must change it after signing in):</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/users_page.py" />
      <source>已为“{display_name}”重置密码，请当面告知本人，并提醒其登录后修改。</source>
      <translation>The password for "{display_name}" has been reset. Tell the user in person and remind them to change it after signing in.</translation>
    </message>
    <message>
      <location filename="../../wagecase/ui/workers.py" />
      <source>{label}（{done}/{total}）</source>
      <translation>{label} ({done}/{total})</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>通知补正</source>
      <translation>Request supplementary materials</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>补正材料齐全</source>
      <translation>Supplementary materials complete</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>不予受理</source>
      <translation>Non-acceptance</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>告知不属本委管辖</source>
      <translation>Notify: outside this commission's jurisdiction</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>送达申请书副本及应诉通知书</source>
      <translation>Serve copy of application and notice to respond</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>收到答辩书</source>
      <translation>Defence received</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>送达答辩书副本</source>
      <translation>Serve copy of defence</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>缩短或放弃答辩期</source>
      <translation>Shorten or waive defence period</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>处理反申请</source>
      <translation>Handle counterclaim</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>处理管辖异议</source>
      <translation>Handle objection to jurisdiction</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>登记回避申请</source>
      <translation>Record recusal request</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>作出回避决定</source>
      <translation>Decide on recusal</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>适用简易处理</source>
      <translation>Apply simplified procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>转为一般程序</source>
      <translation>Switch to ordinary procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>组成仲裁庭</source>
      <translation>Form tribunal</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>登记开庭情况</source>
      <translation>Record hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>延长审理期限</source>
      <translation>Extend time limit</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>中止审理</source>
      <translation>Suspension of proceedings</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>恢复审理</source>
      <translation>Resume proceedings</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>调解达成协议</source>
      <translation>Mediation agreement reached</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>调解书已签收</source>
      <translation>Mediation statement signed for</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>调解书送达前反悔</source>
      <translation>Party backed out before service of mediation statement</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>撤回仲裁申请</source>
      <translation>Withdraw arbitration application</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>结案归档</source>
      <translation>Close and archive</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>双方均到庭</source>
      <translation>Both parties appeared</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>申请人无正当理由拒不到庭（按撤回申请处理）</source>
      <translation>Claimant failed to appear without good reason (treated as withdrawal)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_path.py" />
      <source>被申请人无正当理由拒不到庭（缺席裁决）</source>
      <translation>Respondent failed to appear without good reason (award by default)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_rules.py" />
      <source>《劳动争议调解仲裁法》第四十七条；《劳动人事争议仲裁办案规则》第五十条</source>
      <translation>Labour Dispute Mediation and Arbitration Law, Art. 47; Rules for Handling Labour and Personnel Dispute Arbitration Cases, Art. 50</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_rules.py" />
      <source>《劳动人事争议仲裁办案规则》第五十六条、第五十七条</source>
      <translation>Rules for Handling Labour and Personnel Dispute Arbitration Cases, Arts. 56 and 57</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_rules.py" />
      <source>《劳动争议调解仲裁法》第二十七条；《劳动人事争议仲裁办案规则》第二十六条至第二十八条；《民法典》第二百零一条至第二百零三条</source>
      <translation>Labour Dispute Mediation and Arbitration Law, Art. 27; Rules for Handling Labour and Personnel Dispute Arbitration Cases, Arts. 26–28; Civil Code, Arts. 201–203</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_rules.py" />
      <source>劳动报酬</source>
      <translation>Labour remuneration</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_rules.py" />
      <source>工伤医疗费</source>
      <translation>Work-injury medical expenses</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_rules.py" />
      <source>经济补偿</source>
      <translation>Economic compensation</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_rules.py" />
      <source>赔偿金</source>
      <translation>Damages</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_rules.py" />
      <source>终局裁决</source>
      <translation>Final award</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_rules.py" />
      <source>非终局裁决</source>
      <translation>Non-final award</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/arbitration_rules.py" />
      <source>号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>首次设置密码</source>
      <translation>Set first password</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>登录失败</source>
      <translation>Login failed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>退出登录</source>
      <translation>Log out</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>解除锁定</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>登记案件</source>
      <translation>Register case</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>查看完整号码</source>
      <translation>View full numbers</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>提请审批</source>
      <translation>Request approval</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>审批</source>
      <translation>Approval</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>签发文书</source>
      <translation>Issue document</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>制作文书副本</source>
      <translation>Make document copy</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>打印文书</source>
      <translation>Print document</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>打印文书草稿</source>
      <translation>Print document draft</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>另存文书</source>
      <translation>Save document as</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>打开文书文件</source>
      <translation>Open document file</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>更换文书模板</source>
      <translation>Replace document template</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>恢复文书模板</source>
      <translation>Restore document template</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>保存裁决事项</source>
      <translation>Save award items</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>作出部分裁决</source>
      <translation>Make partial award</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>告知法律援助</source>
      <translation>Inform of legal aid</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>申请法律援助</source>
      <translation>Apply for legal aid</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>导出失信名单公示</source>
      <translation>Export blacklist for publication</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>信任协作机关的公钥</source>
      <translation>Trust partner office's public key</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>取消信任协作机关的公钥</source>
      <translation>Stop trusting partner office's public key</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>新增参考数据</source>
      <translation>Add reference data</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>修改参考数据</source>
      <translation>Edit reference data</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>删除参考数据</source>
      <translation>Delete reference data</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>保存节假日安排</source>
      <translation>Save holiday schedule</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>删除节假日安排</source>
      <translation>Delete holiday schedule</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>初始设置（机关信息、编号格式）</source>
      <translation>Initial setup (office details, numbering format)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>停用或启用仲裁庭室</source>
      <translation>Disable or enable hearing room</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>新增法律援助机构</source>
      <translation>Add legal aid centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>修改法律援助机构</source>
      <translation>Edit legal aid centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>停用或启用法律援助机构</source>
      <translation>Disable or enable legal aid centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>保存筛选条件</source>
      <translation>Save filter</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>更新筛选条件</source>
      <translation>Update filter</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>重命名筛选条件</source>
      <translation>Rename filter</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>删除筛选条件</source>
      <translation>Delete filter</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>调整筛选条件顺序</source>
      <translation>Reorder filters</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>生成演示数据</source>
      <translation>Generate demo data</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>转交法律援助机构</source>
      <translation>Refer to legal aid centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>登记机构收件</source>
      <translation>Record receipt by centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>机构决定给予援助</source>
      <translation>Centre granted aid</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>机构决定不予援助</source>
      <translation>Centre refused aid</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>登记指派律师</source>
      <translation>Record assigned lawyer</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>登记援助结果</source>
      <translation>Record aid outcome</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>送达记录</source>
      <translation>Service record</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>筛选条件</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>失信名单公示</source>
      <translation>Blacklist publication</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>协作机关公钥</source>
      <translation>Partner office public key</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>最低工资档次</source>
      <translation>Minimum wage tier</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>标题</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>文号</source>
      <translation>Document number</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>程序</source>
      <translation>Procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>作出日期</source>
      <translation>Date made</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>开始日期</source>
      <translation>Start date</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>结束日期</source>
      <translation>End date</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>支付人</source>
      <translation>Payer</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>告知人</source>
      <translation>Notified by</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>操作类别</source>
      <translation>Action group</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>金额</source>
      <translation>Amount</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>终局裁决限额</source>
      <translation>Final-award limit</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>份数</source>
      <translation>Copies</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>副本</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>页数</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>副本份数</source>
      <translation>Copies printed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>格式</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>行数</source>
      <translation>Rows</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>数量</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>范围</source>
      <translation>Scope</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>查看内容</source>
      <translation>Viewed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>新登记的劳动者</source>
      <translation>Newly registered workers</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>信息有更新的劳动者</source>
      <translation>Workers with updated details</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>新登记的单位</source>
      <translation>Newly registered employers</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>信息有更新的单位</source>
      <translation>Employers with updated details</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>锁定</source>
      <translation>Locked</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>位置</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>列表</source>
      <translation>List</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>条件</source>
      <translation>Criteria</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>放假日期</source>
      <translation>Days off</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>调休上班日期</source>
      <translation>Make-up working days</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>联系人</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>律师</source>
      <translation>Lawyer</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>律师事务所</source>
      <translation>Law firm</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>作废原因</source>
      <translation>Reason for voiding</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>意见</source>
      <translation>Comments</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>填写内容</source>
      <translation>Entries</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>详情</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>随机种子</source>
      <translation>Random seed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>机关</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>移交机关</source>
      <translation>Transferring office</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>签名机关</source>
      <translation>Signing office</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>导出时间</source>
      <translation>Exported at</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>导出人</source>
      <translation>Exported by</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>与本机记录不同之处</source>
      <translation>Differences from the records on this computer</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>人</source>
      <translation> people</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>份</source>
      <translation> items</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>处</source>
      <translation> differences</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>家</source>
      <translation> employers</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>登录与账号</source>
      <translation>Login and accounts</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>用户管理</source>
      <translation>User management</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>登记与修改案件</source>
      <translation>Case registration and edits</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>案件办理</source>
      <translation>Case handling</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>打印与导出</source>
      <translation>Printing and export</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>系统设置</source>
      <translation>System settings</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>（空）</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>已签发</source>
      <translation>Issued</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>待审批</source>
      <translation>Pending approval</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>已批准</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>未批准</source>
      <translation>Not approved</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>待转交</source>
      <translation>To be referred</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>已转交</source>
      <translation>Referred</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>机构已收件</source>
      <translation>Received by centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>给予援助</source>
      <translation>Aid granted</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>已指派律师</source>
      <translation>Lawyer assigned</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>已结束</source>
      <translation>Concluded</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/audit_labels.py" />
      <source>删除前：</source>
      <translation>Before deletion: </translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>未启动</source>
      <translation>Not started</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>拟列入</source>
      <translation>Proposed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>已事先告知</source>
      <translation>Advance notice served</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>不予列入</source>
      <translation>Listing declined</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>已移出</source>
      <translation>Removed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>已撤销列入</source>
      <translation>Listing revoked</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>登记群体性、极端事件</source>
      <translation>Record mass or extreme incident</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>拟列入失信名单</source>
      <translation>Propose for blacklist</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>送达事先告知书</source>
      <translation>Serve advance notice</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>登记异议</source>
      <translation>Record objection</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>告知异议核实结果</source>
      <translation>Notify result of objection review</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>延长列入决定期限</source>
      <translation>Extend listing decision deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>作出列入决定</source>
      <translation>Make listing decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>决定不予列入</source>
      <translation>Decide not to list</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>登记提前移出申请</source>
      <translation>Record early removal application</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>作出提前移出决定</source>
      <translation>Decide on early removal</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>延长列入期限（2017年办法）</source>
      <translation>Extend listing period (2017 Measures)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>移出名单</source>
      <translation>Remove from list</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>撤销列入决定</source>
      <translation>Revoke listing decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_path.py" />
      <source>撤销提前移出并恢复列入</source>
      <translation>Revoke early removal and restore listing</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_rules.py" />
      <source>《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条</source>
      <translation>Interim Measures for the Administration of the Joint-Punishment List of Dishonest Employers in Arrears of Migrant Workers' Wages, Art. 5</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/blacklist_rules.py" />
      <source>《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第十二条、第十三条</source>
      <translation>Interim Measures for the Administration of the Joint-Punishment List of Dishonest Employers in Arrears of Migrant Workers' Wages, Arts. 12 and 13</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>已登记</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>待补正</source>
      <translation>Awaiting supplement</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>已受理</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>调查中</source>
      <translation>Under investigation</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>已责令改正</source>
      <translation>Ordered to rectify</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>已移送公安</source>
      <translation>Transferred to the police</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>已组庭</source>
      <translation>Tribunal formed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>待开庭</source>
      <translation>Hearing scheduled</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>已开庭</source>
      <translation>Heard</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>已调解</source>
      <translation>Mediated</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>已裁决</source>
      <translation>Awarded</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>已撤回</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>已结案</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>来访</source>
      <translation>In person</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>来电</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>全国根治欠薪线索反映平台转办</source>
      <translation>Referred by the national wage arrears reporting platform</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>来信</source>
      <translation>Letter</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>其他部门移送</source>
      <translation>Transferred by another department</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>工资</source>
      <translation>Wages</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>加班费</source>
      <translation>Overtime pay</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>未签合同二倍工资</source>
      <translation>Double wages for no written contract</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>工伤待遇</source>
      <translation>Work-injury benefits</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>工程建设</source>
      <translation>Construction</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>非工程建设</source>
      <translation>Non-construction</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>建设单位</source>
      <translation>Project owner</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>施工总承包单位</source>
      <translation>General contractor</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>分包单位</source>
      <translation>Subcontractor</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>班组长</source>
      <translation>Crew leader</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>投诉人</source>
      <translation>Complainant</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>增加劳动者</source>
      <translation>Worker added</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>状态变更</source>
      <translation>Status change</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>制发文书</source>
      <translation>Document issued</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>送达文书</source>
      <translation>Document served</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>导入外地移交的案件</source>
      <translation>Case imported from another office</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>撤回申请/投诉</source>
      <translation>Application/complaint withdrawn</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>用人单位已支付</source>
      <translation>Employer paid</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>立案</source>
      <translation>Case opened</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>调查期限延长（经批准）</source>
      <translation>Investigation period extended (approved)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>调查终结</source>
      <translation>Investigation concluded</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>下达限期改正指令书</source>
      <translation>Issue order to rectify</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>送达行政处罚事先告知书</source>
      <translation>Serve advance notice of administrative penalty</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>拖欠引发群体性、极端事件</source>
      <translation>Arrears led to mass or extreme incident</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>当事人申请听证</source>
      <translation>Party requested hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>举行行政处罚听证</source>
      <translation>Hold administrative penalty hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>作出处理/处罚决定</source>
      <translation>Make administrative decision/penalty decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>送达决定书</source>
      <translation>Serve decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>移送公安机关</source>
      <translation>Transfer to the police</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>公安机关签收移送回执</source>
      <translation>Police signed transfer receipt</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>公安机关作出是否立案决定</source>
      <translation>Police decided whether to open a case</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>撤销立案</source>
      <translation>Withdraw case</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>向被申请人送达申请书副本</source>
      <translation>Serve copy of application on respondent</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>向申请人送达答辩书副本</source>
      <translation>Serve copy of defence on claimant</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>书面通知仲裁庭组成</source>
      <translation>Notify tribunal composition in writing</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>确定开庭日期</source>
      <translation>Set hearing date</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>送达开庭通知书</source>
      <translation>Serve hearing notice</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>审理期限延长（经批准）</source>
      <translation>Time limit extended (approved)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>公告送达开始</source>
      <translation>Service by public notice started</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>公告送达期满</source>
      <translation>Service by public notice completed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>追加当事人</source>
      <translation>Add party</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>增加或变更仲裁请求</source>
      <translation>Add or change arbitration claims</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>合并审理反申请</source>
      <translation>Hear counterclaim together</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>移送管辖</source>
      <translation>Transfer to competent commission</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>调解结案</source>
      <translation>Closed by mediation</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>决定简易处理</source>
      <translation>Decide on simplified procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>调解书签收生效</source>
      <translation>Mediation statement signed for and effective</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>作出先予执行裁决</source>
      <translation>Make advance-enforcement award</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>作出先行裁决</source>
      <translation>Make partial award</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>被申请人同意缩短或放弃答辩期</source>
      <translation>Respondent agreed to shorten or waive defence period</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>不予受理反申请</source>
      <translation>Reject counterclaim</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>被申请人提出管辖异议</source>
      <translation>Respondent objected to jurisdiction</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>对管辖异议作出决定</source>
      <translation>Decide on objection to jurisdiction</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>当事人申请回避</source>
      <translation>Party requested recusal</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>对回避申请作出决定</source>
      <translation>Decide on recusal request</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>仲裁结案</source>
      <translation>Arbitration closed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>送达裁决书</source>
      <translation>Serve award</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>送达列入失信名单事先告知书</source>
      <translation>Serve advance notice of blacklisting</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>收到异议</source>
      <translation>Objection received</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>异议核实结果告知</source>
      <translation>Objection review result notified</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>列入决定期限延长（经批准）</source>
      <translation>Listing decision deadline extended (approved)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>收到提前移出申请</source>
      <translation>Early removal application received</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>准予提前移出</source>
      <translation>Early removal granted</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>提出法律援助申请</source>
      <translation>Legal aid application made</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>法律援助机构作出决定</source>
      <translation>Legal aid centre decided</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>决定给予法律援助</source>
      <translation>Legal aid granted</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>指派律师</source>
      <translation>Lawyer assigned</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>监察员</source>
      <translation>Inspector</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>书记员/立案员</source>
      <translation>Clerk/registrar</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>法律援助联络员</source>
      <translation>Legal aid liaison</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>科室负责人</source>
      <translation>Head of office</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>管理员</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>答辩截止日期</source>
      <translation>Defence due date</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/case.py" />
      <source>事项日期</source>
      <translation>Date of step</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/crime_rules.py" />
      <source>《刑法》第二百七十六条之一；《最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释》（法释〔2013〕3号）第三条、第四条；《保障农民工工资支付条例》第四十一条</source>
      <translation>Criminal Law, Art. 276-1; Interpretation of the Supreme People's Court on Several Issues Concerning the Application of Law in the Trial of Criminal Cases of Refusing to Pay Labour Remuneration (Judicial Interpretation [2013] No. 3), Arts. 3 and 4; Regulations on Guaranteeing Payment of Migrant Workers' Wages, Art. 41</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/hearing_slots.py" />
      <source>法定节假日</source>
      <translation>Public holiday</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_path.py" />
      <source>受理并立案</source>
      <translation>Accept and open case</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_path.py" />
      <source>延长调查期限</source>
      <translation>Extend investigation period</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_path.py" />
      <source>事先告知</source>
      <translation>Advance notice</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_path.py" />
      <source>作出行政处理决定</source>
      <translation>Make administrative decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_path.py" />
      <source>登记听证申请</source>
      <translation>Record hearing request</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_path.py" />
      <source>登记听证结果</source>
      <translation>Record hearing outcome</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_path.py" />
      <source>作出行政处罚决定</source>
      <translation>Make administrative penalty decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_path.py" />
      <source>登记公安机关回执</source>
      <translation>Record police receipt</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_path.py" />
      <source>登记公安机关立案决定</source>
      <translation>Record police decision on opening a case</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_path.py" />
      <source>提请列入失信名单</source>
      <translation>Propose for blacklist</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_path.py" />
      <source>重新立案办理</source>
      <translation>Reopen case</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_rules.py" />
      <source>《关于实施〈劳动保障监察条例〉若干规定》第十八条；《劳动保障监察条例》第二十条、第二十一条</source>
      <translation>Art. 18, Several Provisions on Implementing the Regulations on Labour Security Supervision; Arts. 20 and 21, Regulations on Labour Security Supervision</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/inspection_rules.py" />
      <source>《劳动保障监察条例》第二十六条；《劳动合同法》第八十五条</source>
      <translation>Art. 26, Regulations on Labour Security Supervision; Art. 85, Labour Contract Law</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/legal_aid_rules.py" />
      <source>《法律援助法》第四十二条第三项</source>
      <translation>Art. 42(3), Legal Aid Law</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/legal_aid_rules.py" />
      <source>《法律援助法》第四十四条第一项</source>
      <translation>Art. 44(1), Legal Aid Law</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>{owner}的{label}</source>
      <translation>{label} of {owner}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>{field}：{message}</source>
      <translation>{field}: {message}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>{owner}{part}</source>
      <translation>{part} of {owner}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>操作未能完成（{key}），请检查填写的内容；如仍有问题，请把这句话告诉系统管理员。</source>
      <translation>The operation could not be completed ({key}). Please check what you entered; if the problem persists, give this message to your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>此项必须填写，请补充。</source>
      <translation>This field is required. Please fill it in.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>“{value}”不是可选的值，请从下拉列表中选择。</source>
      <translation>"{value}" is not an allowed value. Please choose one from the drop-down list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>有{count}处填写有误，请按提示逐项修改后再保存。</source>
      <translation>{count} entries contain errors. Correct each one as indicated, then save.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>请填写18位居民身份证号码。</source>
      <translation>Enter the 18-digit resident ID number.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>身份证号码应为18位，现在是{length}位，请核对后重新填写。</source>
      <translation>The ID number should have 18 characters but has {length}. Please check and re-enter it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>身份证号码只能由数字组成，最后一位可以是X，请检查是否混入了空格、字母或其他符号。</source>
      <translation>The ID number may contain only digits, and the last character may be X. Check for stray spaces, letters or other symbols.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>身份证号码前6位“{region}”不是有效的行政区划代码，请核对。</source>
      <translation>The first 6 digits of the ID number, "{region}", are not a valid administrative division code. Please check.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>身份证号码中的出生日期“{text}”不是有效日期，请核对第7至14位。</source>
      <translation>The date of birth "{text}" in the ID number is not a valid date. Please check digits 7 to 14.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>身份证号码校验位不对，可能有数字输错或顺序颠倒，请对照证件逐位核对。</source>
      <translation>The check digit of the ID number is wrong; a digit may have been mistyped or two digits swapped. Compare it with the ID card digit by digit.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>请填写18位统一社会信用代码。</source>
      <translation>Enter the 18-character unified social credit code.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>统一社会信用代码应为18位，现在是{length}位，请对照营业执照核对。</source>
      <translation>The unified social credit code should have 18 characters but has {length}. Please check it against the business licence.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>统一社会信用代码中含有不允许的字符“{chars}”（不使用I、O、Z、S、V），请核对。</source>
      <translation>The unified social credit code contains characters that are not allowed: "{chars}" (I, O, Z, S and V are not used). Please check.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>统一社会信用代码校验位不对，可能有字符输错，请对照营业执照逐位核对。</source>
      <translation>The check character of the unified social credit code is wrong; a character may have been mistyped. Compare it with the business licence character by character.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>请填写金额（元）。</source>
      <translation>Enter the amount (yuan).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>“{text}”不是有效的金额，请只填写数字，例如 12345.67。</source>
      <translation>"{text}" is not a valid amount. Enter digits only, e.g. 12345.67.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>金额不能为负数（“{text}”），请填写拖欠的实际金额。</source>
      <translation>The amount cannot be negative ("{text}"). Enter the actual amount owed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>金额不能为零，请填写拖欠的实际金额。</source>
      <translation>The amount cannot be zero. Enter the actual amount owed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>金额最多精确到分（小数点后两位），“{text}”请改正。</source>
      <translation>Amounts can have at most two decimal places (to the fen). Please correct "{text}".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>金额“{text}”超出了可登记的范围，请核对是否多输了数字。</source>
      <translation>The amount "{text}" is outside the range that can be recorded. Check whether extra digits were entered.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>“{text}”不是有效的日期，请按 2026-03-05 或 2026-03（整月）的格式填写。</source>
      <translation>"{text}" is not a valid date. Use the format 2026-03-05, or 2026-03 for a whole month.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>截止时间早于起始时间，请检查两个日期是否填反。</source>
      <translation>The end date is earlier than the start date. Check whether the two dates are swapped.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>日期“{text}”晚于收到投诉的日期，请核对。</source>
      <translation>The date "{text}" is later than the date the complaint was received. Please check.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>收到时间晚于当前时间，请填写实际收到投诉的时间。</source>
      <translation>The time received is later than the current time. Enter the time the complaint was actually received.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>收到时间早于{year}年，请核对年份是否输错。</source>
      <translation>The time received is before {year}. Check whether the year was mistyped.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>最多{max}个字，现在有{length}个字，请删减。</source>
      <translation>At most {max} characters are allowed; there are {length}. Please shorten the text.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>含有无法保存的不可见字符（{chars}），可能是从其他文件复制时带入的，请删去后重新输入。</source>
      <translation>Contains invisible characters that cannot be saved ({chars}), probably carried over when copying from another file. Delete them and type the text again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>电话号码“{text}”格式不对，请填写7至20位数字（可含“-”或“+”）。</source>
      <translation>The phone number "{text}" is not in a valid format. Enter 7 to 20 digits ("-" or "+" allowed).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>至少需要登记一名劳动者。</source>
      <translation>At least one worker must be registered.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>集体案件至少需要{min}名劳动者；只有一人时请改为个人案件。</source>
      <translation>A collective case needs at least {min} workers; if there is only one, change it to an individual case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>集体劳动争议应推举{min}至{max}名代表参加仲裁活动，现在标记了{count}名代表；请改为{min}至{max}名，或在推举前都不标记。</source>
      <translation>In a collective labour dispute, {min} to {max} representatives should be elected to take part in the arbitration; {count} are currently marked. Mark {min} to {max}, or mark none until they are elected.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>个人案件只能有一名劳动者，现在有{count}名；多人投诉请改为集体案件。</source>
      <translation>An individual case can have only one worker, but there are {count}. For a complaint by several people, change it to a collective case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>该身份证号码与第{position}名劳动者（{name}）重复，同一案件中每人只能登记一次。</source>
      <translation>This ID number is the same as that of worker {position} ({name}). Each person can be registered only once in a case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>所选的劳动者已不存在，请重新选择或直接填写。</source>
      <translation>The selected worker no longer exists. Select again or enter the details directly.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>所选劳动者的身份证号码是 {existing}，与填写的不一致；如果是另一人，请不要选择已有记录。</source>
      <translation>The selected worker's ID number is {existing}, which does not match the one entered. If this is a different person, do not select an existing record.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>所选的用人单位已不存在，请重新选择或直接填写。</source>
      <translation>The selected employer no longer exists. Select again or enter the details directly.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>所选的经办人不存在或已停用，请重新选择。</source>
      <translation>The selected handling officer does not exist or has been disabled. Please select again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>“{code}”不是已知的行政区划，请从列表中选择区县。</source>
      <translation>"{code}" is not a known administrative division. Choose a county/district from the list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>找不到该案件（编号 {case_id}），可能已被删除，请刷新列表。</source>
      <translation>Case not found (ID {case_id}); it may have been deleted. Please refresh the list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>系统中没有可用的用户，请由管理员启用一个账户。</source>
      <translation>There are no active users in the system. Ask an administrator to enable an account.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>发现{count}件同一劳动者针对同一用人单位的未结案件，请先核对；确属新的投诉再确认登记。</source>
      <translation>Found {count} open cases by the same worker against the same employer. Check them first, and confirm registration only if this really is a new complaint.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>找不到文件“{path}”，可能已被移动或删除，请重新选择。</source>
      <translation>File "{path}" not found; it may have been moved or deleted. Please select it again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>无法读取文件“{path}”：{reason}。请确认文件未被其他程序占用。</source>
      <translation>Cannot read file "{path}": {reason}. Make sure the file is not in use by another program.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>日期{date}不属于{year}年，请核对后重新填写。</source>
      <translation>The date {date} is not in {year}. Please check and re-enter it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>{date}不能既是放假日又是调休上班日，请删去其中一项。</source>
      <translation>{date} cannot be both a holiday and a make-up working day. Remove one of them.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>调休上班日{date}不是周六或周日，请核对国务院办公厅的放假通知。</source>
      <translation>The make-up working day {date} is not a Saturday or Sunday. Check the holiday notice of the General Office of the State Council.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>该数据库由更新版本的程序创建（数据库版本 {found_revision}，本程序支持到 {app_revision}），本程序无法打开。请升级程序后再试，数据库未作任何改动。</source>
      <translation>This database was created by a newer version of the program (database version {found_revision}; this program supports up to {app_revision}) and cannot be opened. Upgrade the program and try again. The database has not been changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>该数据库不是本系统的数据库（含有表：{tables}），为避免损坏数据，程序未作任何改动。请选择正确的数据库文件。</source>
      <translation>This is not a database of this system (it contains tables: {tables}). To avoid damaging data, the program has changed nothing. Please choose the correct database file.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>数据库升级失败（{detail}），已恢复到升级前的状态；升级前的备份在“{backup}”。请把这句话告诉系统管理员。</source>
      <translation>Database upgrade failed ({detail}); the database has been restored to its state before the upgrade. The pre-upgrade backup is at "{backup}". Please give this message to your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>数据库升级后表“{table}”有{count}处关联数据不一致，升级已撤销。请把这句话告诉系统管理员。</source>
      <translation>After the database upgrade, table "{table}" had {count} inconsistencies in related data, so the upgrade was rolled back. Please give this message to your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>无法连接数据库：{detail}。请检查数据库地址和网络。</source>
      <translation>Cannot connect to the database: {detail}. Check the database address and the network.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>暂不支持备份“{backend}”类型的数据库，请使用数据库自带的备份工具。</source>
      <translation>Backing up "{backend}" databases is not supported yet. Use the database's own backup tool.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>备份数据库“{path}”失败：{detail}。请确认目标位置可写且磁盘空间充足。</source>
      <translation>Backing up database "{path}" failed: {detail}. Make sure the destination is writable and has enough disk space.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>要备份的数据库文件“{path}”不存在。</source>
      <translation>The database file to back up, "{path}", does not exist.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>备份文件“{path}”不能与数据库是同一个文件，请另选位置。</source>
      <translation>The backup file "{path}" cannot be the database file itself. Choose another location.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>数据库地址“{url}”没有对应的文件，无法备份。</source>
      <translation>The database address "{url}" does not correspond to a file, so it cannot be backed up.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>备份文件“{path}”完整性检查未通过（{detail}），请重新备份。</source>
      <translation>Backup file "{path}" failed the integrity check ({detail}). Please back up again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>参考数据文件“{file}”格式不对：{reason}。</source>
      <translation>Reference data file "{file}" has an invalid format: {reason}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>参考数据文件“{file}”第{line}行有误：{reason}。</source>
      <translation>Error in line {line} of reference data file "{file}": {reason}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>无法读取名册文件：{reason}。请确认是 .xlsx 格式且未被其他程序打开。</source>
      <translation>Cannot read the roster file: {reason}. Make sure it is in .xlsx format and not open in another program.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>名册中没有找到“{column}”列，请在表头中加上该列（例如“{example}”）。</source>
      <translation>Column "{column}" was not found in the roster. Add this column to the header row (e.g. "{example}").</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>名册前10行中找不到表头，请确认第一张工作表的表头含有“姓名”“身份证号码”“金额”等列。</source>
      <translation>No header row found in the first 10 rows of the roster. Make sure the header of the first worksheet has columns such as name, ID number and amount.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>身份证号码被存成了数字，Excel 只保留15位有效数字，末尾几位已经丢失。请把该列设置为“文本”格式后重新录入。</source>
      <translation>The ID numbers were stored as numbers. Excel keeps only 15 significant digits, so the last digits have been lost. Format the column as "Text" and enter the numbers again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>身份证号码与第{row}行重复，同一名册中每人只能出现一次。</source>
      <translation>This ID number is the same as the one in row {row}. Each person can appear only once in a roster.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>“{text}”不是可选的欠薪类别，请填写：{choices}。</source>
      <translation>"{text}" is not an allowed arrears category. Enter one of: {choices}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>“{text}”无法识别，请填写“是”或“否”。</source>
      <translation>"{text}" is not recognised. Enter "Yes" or "No".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>法定代表人身份证号码</source>
      <translation>Legal representative's ID number</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>所在区县</source>
      <translation>County/district</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>起始时间</source>
      <translation>Start date</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>截止时间</source>
      <translation>End date</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>收到时间</source>
      <translation>Time received</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>经办人</source>
      <translation>Handling officer</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>劳动者名单</source>
      <translation>Worker list</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>第{n}项欠薪</source>
      <translation>Arrears item {n}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>第{n}级承包单位</source>
      <translation>Tier {n} contractor</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>第{n}个证据材料</source>
      <translation>Evidence item {n}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>第{n}级班组长</source>
      <translation>Tier {n} crew leader</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages.py" />
      <source>第{n}</source>
      <translation>No. {n}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>案件当前处于“{status}”状态，不能{action}。</source>
      <translation>The case is currently "{status}"; "{action}" is not available.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>仲裁申请书副本已经送达被申请人。</source>
      <translation>The copy of the arbitration application has already been served on the respondent.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>尚未向被申请人送达仲裁申请书副本。</source>
      <translation>The copy of the arbitration application has not yet been served on the respondent.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>已登记收到答辩书。</source>
      <translation>Receipt of the defence has been recorded.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>尚未收到被申请人的答辩书。</source>
      <translation>The respondent's defence has not been received yet.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>答辩书副本已经送达申请人。</source>
      <translation>The copy of the defence has already been served on the claimant.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>本案已适用简易处理。</source>
      <translation>The simplified procedure already applies to this case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>本案已按一般程序开庭审理，不再适用简易处理。</source>
      <translation>This case has been heard under the ordinary procedure; the simplified procedure no longer applies.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>本案未适用简易处理。</source>
      <translation>The simplified procedure does not apply to this case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>审理期限已于{due}届满，不能再转为一般程序（《劳动人事争议仲裁办案规则》第六十一条）。</source>
      <translation>The time limit for the case expired on {due}; it can no longer be switched to the ordinary procedure (Art. 61, Rules for Handling Labour and Personnel Dispute Arbitration Cases).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>本案已安排开庭，尚未开庭；如需改期请办理“延期开庭”。</source>
      <translation>A hearing has been scheduled for this case but not yet held. To reschedule, use "Postpone hearing".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>本案没有待开庭的排期。</source>
      <translation>This case has no scheduled hearing pending.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>审理期限已延长过，不能再次延长（《中华人民共和国劳动争议调解仲裁法》第四十三条）。</source>
      <translation>The time limit for the case has already been extended and cannot be extended again (Art. 43, the Labour Dispute Mediation and Arbitration Law of the People's Republic of China).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>调解书已由双方当事人签收。</source>
      <translation>Both parties have signed for the mediation statement.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>调解书已经双方当事人签收，发生法律效力，不能反悔。</source>
      <translation>Both parties have signed for the mediation statement; it has taken legal effect and cannot be retracted.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>调解书尚未经双方当事人签收，不能结案。</source>
      <translation>The mediation statement has not yet been signed for by both parties; the case cannot be closed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>裁决书尚未送达，不能结案。</source>
      <translation>The award has not been served yet; the case cannot be closed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>已提交审批，正在等待负责人审批。</source>
      <translation>Submitted for approval; waiting for the head of office to approve.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>只有适用简易处理的案件，经被申请人同意，才可以缩短或者取消答辩期（《劳动人事争议仲裁办案规则》第五十八条）。</source>
      <translation>The defence period can be shortened or waived only in cases under the simplified procedure and with the respondent's consent (Art. 58, Rules for Handling Labour and Personnel Dispute Arbitration Cases).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>被申请人已答辩或答辩期已经缩短。</source>
      <translation>The respondent has already submitted a defence, or the defence period has already been shortened.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>答辩期已于{due}届满，不能再{action}；答辩期满后提出的，应当另行申请仲裁或不予审查（《劳动人事争议仲裁办案规则》第十条、第三十六条）。</source>
      <translation>The defence period expired on {due}; "{action}" is no longer possible. Requests made after the defence period must be filed as a separate arbitration application, or will not be examined (Arts. 10 and 36, Rules for Handling Labour and Personnel Dispute Arbitration Cases).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>尚未组成仲裁庭。</source>
      <translation>The tribunal has not been formed yet.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>已有回避申请尚未作出决定。</source>
      <translation>A recusal request is already awaiting a decision.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>没有待决定的回避申请。</source>
      <translation>There is no recusal request awaiting a decision.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>仲裁员回避后仲裁庭尚不完整，请先办理“组成仲裁庭”补足仲裁员。</source>
      <translation>After the arbitrator's recusal, the tribunal is incomplete. Use "Form tribunal" to add arbitrators first.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>不能执行此操作：{reason}</source>
      <translation>This action cannot be performed: {reason}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>不认识的办理事项“{action}”。</source>
      <translation>Unknown action "{action}".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>本案不是仲裁案件，不能办理仲裁程序事项。</source>
      <translation>This is not an arbitration case; arbitration procedure actions are not available.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>请在“安排开庭”窗口中选择仲裁庭室和时间。</source>
      <translation>Choose the hearing room and time in the "Schedule hearing" window.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>请在裁决编辑窗口中逐项填写裁决金额后作出裁决。</source>
      <translation>Enter the awarded amount for each item in the award editor, then make the award.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>被申请人同意缩短答辩期的，请填写双方确认的答辩截止日期。</source>
      <translation>If the respondent agrees to shorten the defence period, enter the defence deadline confirmed by both parties.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>答辩截止日期不能早于今天。</source>
      <translation>The defence deadline cannot be earlier than today.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>答辩截止日期应早于法定答辩期届满日（{due}），否则无需缩短。</source>
      <translation>The defence deadline should be earlier than the end of the statutory defence period ({due}); otherwise there is no need to shorten it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>同一名仲裁员不能在仲裁庭中担任两个席位。</source>
      <translation>The same arbitrator cannot hold two seats on the tribunal.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>请求金额{amount}元超过本省{year}年度职工年平均工资{cap}元，不能以此情形适用简易处理。</source>
      <translation>The claimed amount of {amount} yuan exceeds the province's {year} average annual wage of employees ({cap} yuan), so the simplified procedure cannot be applied on this ground.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>本省上年度职工年平均工资尚未录入，不能以此情形适用简易处理，请管理员在“设置”中录入。</source>
      <translation>The province's average annual wage of employees for last year has not been entered, so the simplified procedure cannot be applied on this ground. Ask an administrator to enter it in "Settings".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_arbitration.py" />
      <source>简易处理中以电话、短信等方式发出且未经当事人确认的开庭通知，不能作为按撤回申请处理或缺席裁决的依据（《劳动人事争议仲裁办案规则》第五十九条）。</source>
      <translation>Under the simplified procedure, a hearing notice sent by phone, text message or similar means and not confirmed by the party cannot be the basis for treating the application as withdrawn or for an award by default (Art. 59, Rules for Handling Labour and Personnel Dispute Arbitration Cases).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_audit.py" />
      <source>日期“{text}”无法识别，请按 2026-03-05 的格式填写。</source>
      <translation>The date "{text}" is not recognised. Use the format 2026-03-05.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_audit.py" />
      <source>结束日期（{end}）早于开始日期（{start}），请调整。</source>
      <translation>The end date ({end}) is earlier than the start date ({start}). Please adjust.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_audit.py" />
      <source>核验已取消，结果未知；操作日志没有任何改动。</source>
      <translation>Verification cancelled; the result is unknown. The audit log has not been changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>只有仲裁案件才能制作仲裁裁决。</source>
      <translation>Only arbitration cases can have an arbitral award.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>案件已{status}，不能再修改裁决事项。</source>
      <translation>The case is "{status}"; award items can no longer be changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>“{value}”不是可选的类别，请从下拉列表中选择。</source>
      <translation>"{value}" is not an allowed category. Please choose one from the drop-down list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>所选劳动者不是本案申请人，请重新选择。</source>
      <translation>The selected worker is not a claimant in this case. Please select again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>该裁决事项已不存在（可能已被他人删除），请关闭后重新打开裁决编辑窗口。</source>
      <translation>This award item no longer exists (it may have been deleted by someone else). Close and reopen the award editor.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>该裁决事项已作出裁决（{number}），不能再修改。</source>
      <translation>An award has already been made on this item ({number}); it can no longer be changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>裁决事项不能超过200个字，现在是{length}个字。</source>
      <translation>An award item cannot exceed 200 characters; it has {length}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>没有待裁决的事项：请先添加裁决事项并保存，再作出裁决。</source>
      <translation>There are no items awaiting an award. Add award items and save them first, then make the award.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>裁决日期{date}晚于今天，请核对。</source>
      <translation>The award date {date} is later than today. Please check.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>裁决日期{date}早于受理日期{accepted}，请核对。</source>
      <translation>The award date {date} is earlier than the acceptance date {accepted}. Please check.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>无法确定适用的月最低工资标准：{detail}</source>
      <translation>Cannot determine the applicable monthly minimum wage: {detail}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>裁决已作出，但文书目录中没有“{form}”文书模板，裁决书未能制发；请由管理员补充模板后在“文书”页签制发。</source>
      <translation>The award has been made, but the document catalogue has no "{form}" template, so the award could not be issued. Ask an administrator to add the template, then issue it on the "Documents" tab.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>请至少选择一项申请先予执行的裁决事项。</source>
      <translation>Select at least one award item for which advance enforcement is requested.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>所选事项不是本案的裁决事项，请重新选择。</source>
      <translation>The selected items are not award items of this case. Please select again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>“{label}”不属于追索劳动报酬、工伤医疗费、经济补偿或者赔偿金的事项，不能裁决先予执行（《劳动争议调解仲裁法》第四十四条）。</source>
      <translation>"{label}" is not a claim for labour remuneration, work-injury medical expenses, economic compensation or damages, so advance enforcement cannot be awarded (Art. 44, the Labour Dispute Mediation and Arbitration Law).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>“{label}”已被驳回，不能裁决先予执行。</source>
      <translation>"{label}" has been dismissed; advance enforcement cannot be awarded.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>请填写先予执行的理由，说明权利义务关系明确、不先予执行将严重影响申请人生活的情况（《劳动争议调解仲裁法》第四十四条）。</source>
      <translation>Enter the reason for advance enforcement, explaining that the rights and obligations are clear and that without advance enforcement the claimant's livelihood would be seriously affected (Art. 44, the Labour Dispute Mediation and Arbitration Law).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>案件目前为“{status}”，只有在组庭后、作出裁决前才能裁决先予执行。</source>
      <translation>The case is currently "{status}". Advance enforcement can be awarded only after the tribunal is formed and before the award is made.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>案件目前为“{status}”，只有开庭审理后、作出裁决前才能先行裁决。</source>
      <translation>The case is currently "{status}". A partial award can be made only after the hearing and before the award is made.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>请至少选择一项事实已经清楚、可以先行裁决的裁决事项。</source>
      <translation>Select at least one award item whose facts are already clear and on which a partial award can be made.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>所选事项不是本案已保存的裁决事项，请关闭后重新打开裁决编辑窗口。</source>
      <translation>The selected items are not saved award items of this case. Close and reopen the award editor.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>“{label}”已作出裁决（{number}），不能再先行裁决。</source>
      <translation>An award has already been made on "{label}" ({number}); a partial award is no longer possible.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>“{label}”已被驳回，不能先行裁决；驳回的请求随最终裁决一并作出。</source>
      <translation>"{label}" has been dismissed and cannot be the subject of a partial award; dismissed claims are decided in the concluding award.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>所选事项已是全部待裁决事项，不属于先行裁决，请直接点击“作出裁决”。</source>
      <translation>The selected items are all the items awaiting an award, so this is not a partial award. Click "Make award" instead.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>适用{province}{tier}类地区月最低工资标准{monthly}元（{document}，{since}起执行），按{basis}（{date}）确定。</source>
      <translation>Applies the monthly minimum wage for category {tier} areas of {province}, {monthly} yuan ({document}, in force from {since}), determined by {basis} ({date}).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>该月最低工资标准数据标注为待核实，请管理员按省政府文件核实。</source>
      <translation>This monthly minimum wage entry is marked as unverified. Ask an administrator to verify it against the provincial government's document.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>先予执行事项</source>
      <translation>Advance enforcement items</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>先行裁决事项</source>
      <translation>Partial award items</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>先予执行理由</source>
      <translation>Reason for advance enforcement</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_awards.py" />
      <source>项裁决事项</source>
      <translation>award items</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>失信名单程序当前为“{status}”，不能{action}。</source>
      <translation>The blacklist procedure is currently "{status}"; "{action}" is not available.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>本案尚不符合列入失信联合惩戒名单的条件（人力资源社会保障部令第45号第五条）。</source>
      <translation>This case does not yet meet the conditions for placing the employer on the joint-punishment list of dishonest employers (Art. 5, MOHRSS Order No. 45).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>异议期已于{due}届满（事先告知后5个工作日），逾期提出的异议不再核实。</source>
      <translation>The objection period expired on {due} (5 working days after the advance notice); late objections are no longer verified.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>没有待核实的异议。</source>
      <translation>There are no objections awaiting verification.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>列入决定期限已延长过一次（人力资源社会保障部令第45号第八条）。</source>
      <translation>The deadline for the listing decision has already been extended once (Art. 8, MOHRSS Order No. 45).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>当事人提出的异议尚未核实并告知结果，不能作出列入决定。</source>
      <translation>The party's objection has not yet been verified and the result communicated, so a listing decision cannot be made.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>当事人的异议期（至{due}）尚未届满，届满后才能作出列入决定。</source>
      <translation>The party's objection period (until {due}) has not yet expired; a listing decision can be made only after it expires.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>按2017年办法列入的，期满移出或延长，不适用提前移出。</source>
      <translation>Listings under the 2017 Measures are removed or extended when they expire; early removal does not apply.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>已有提前移出申请尚未作出决定。</source>
      <translation>An early removal application is already awaiting a decision.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>没有待决定的提前移出申请。</source>
      <translation>There is no early removal application awaiting a decision.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>只有按2017年办法列入、未改正或又发生拖欠的，才延长两年；按第45号令列入的期限为三年。</source>
      <translation>Only listings under the 2017 Measures where the violation was not corrected or arrears recurred are extended by two years; listings under Order No. 45 last three years.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>列入期限已按2017年办法延长过。</source>
      <translation>The listing period has already been extended under the 2017 Measures.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>列入期限至{ends}届满，期满后（或准予提前移出、撤销列入后）才能移出。</source>
      <translation>The listing period expires on {ends}; removal is possible only after it expires (or after early removal is granted or the listing is revoked).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>本案已登记拖欠引发的群体性、极端事件。</source>
      <translation>A mass or extreme incident caused by the arrears has already been recorded for this case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>只有以欺骗等不正当手段取得提前移出的，才能撤销提前移出并恢复列入（人力资源社会保障部令第45号第十五条）。</source>
      <translation>Early removal can be revoked and the listing restored only if the early removal was obtained by deception or other improper means (Art. 15, MOHRSS Order No. 45).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>不认识的失信名单办理事项“{action}”。</source>
      <translation>Unknown blacklist action "{action}".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>失信联合惩戒名单只能依据劳动保障监察案件办理。</source>
      <translation>A joint-punishment listing can only be based on a labour inspection case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_blacklist.py" />
      <source>直接责任人第{line}行的身份证号码“{text}”不正确，请核对。</source>
      <translation>The ID number "{text}" of the responsible person in line {line} is incorrect. Please check.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>期限目录第{line}行（{code}）有误：{reason}。请改正后重新导入。</source>
      <translation>Error in line {line} ({code}) of the deadline catalogue: {reason}. Correct it and import again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>“{kind}”不是可选的程序事项，请从下拉列表中选择。</source>
      <translation>"{kind}" is not an allowed procedural event. Please choose one from the drop-down list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>“{kind}”不适用于{case_type}，请从下拉列表中选择该类案件的程序事项。</source>
      <translation>"{kind}" does not apply to {case_type}. Choose a procedural event for this type of case from the drop-down list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>{date}晚于今天（{today}），请填写该程序事项实际发生（如送达、受理）的日期。</source>
      <translation>{date} is later than today ({today}). Enter the date on which this procedural event (e.g. service, acceptance) actually took place.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>{date}早于收到投诉或申请的日期{received}，请核对。</source>
      <translation>{date} is earlier than the date the complaint or application was received ({received}). Please check.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>请填写{label}，期限从这一日期起算。</source>
      <translation>Enter {label}; the deadline is counted from this date.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>{label}“{text}”不是有效的日期，请按 2026-03-05 的格式填写。</source>
      <translation>{label} "{text}" is not a valid date. Use the format 2026-03-05.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>{label}{date}早于该事项的日期{event_date}，请核对是否填反。</source>
      <translation>{label} {date} is earlier than the date of the event ({event_date}). Check whether the dates are swapped.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>摘要最多{max}个字，现在有{length}个字，请删减。</source>
      <translation>The summary can have at most {max} characters; it has {length}. Please shorten it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>找不到该程序事项（编号 {event_id}），可能已被删除，请刷新案件。</source>
      <translation>Procedural event not found (ID {event_id}); it may have been deleted. Please refresh the case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>“{kind}”是系统自动记录的事项，不能修改或删除；如有错误，请添加一条备注说明。</source>
      <translation>"{kind}" is recorded automatically by the system and cannot be edited or deleted. If it is wrong, add a note explaining the error.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>程序事项</source>
      <translation>Procedural event</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_deadlines.py" />
      <source>摘要</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>无法读取文书目录 {path}：{reason}。请检查该文件是否存在、是否为 UTF-8 编码的 JSON。</source>
      <translation>Cannot read the document catalogue {path}: {reason}. Check that the file exists and is UTF-8 encoded JSON.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>文书目录 {path} 的格式不对：{where}应为 JSON 对象（用花括号括起来）。</source>
      <translation>The document catalogue {path} has an invalid format: {where} should be a JSON object (enclosed in curly braces).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>文书目录中“{form}”的{where}含有无法识别的项目“{item}”，请检查是否拼写错误。</source>
      <translation>In the document catalogue, {where} of "{form}" contains an unrecognised item "{item}". Check for spelling mistakes.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>文书目录中“{form}”的{where}缺少必填项目“{item}”。</source>
      <translation>In the document catalogue, {where} of "{form}" is missing the required item "{item}".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>文书目录中“{form}”的“{item}”取值“{value}”无效，可选的值为：{choices}。</source>
      <translation>In the document catalogue, the value "{value}" of "{item}" in "{form}" is invalid. Allowed values: {choices}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>文书目录中“{form}”的“{item}”应为{expected}。</source>
      <translation>In the document catalogue, "{item}" of "{form}" should be {expected}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>文书目录中“{form}”指定的模板文件 {template} 不存在，请把模板放入 {folder}。</source>
      <translation>The template file {template} specified for "{form}" in the document catalogue does not exist. Put the template in {folder}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>文书目录中“{form}”的输入项“{item}”是选择项，但没有列出可选的值。</source>
      <translation>In the document catalogue, input "{item}" of "{form}" is a choice field but lists no values.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>文书目录中“{form}”的输入项“{item}”重复出现。</source>
      <translation>In the document catalogue, input "{item}" of "{form}" appears more than once.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>没有编号为“{form_id}”的文书，可用 wagecase-cli forms 查看全部文书。</source>
      <translation>There is no document with ID "{form_id}". Run wagecase-cli forms to list all documents.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>《{title}》不适用于{case_type}案件。</source>
      <translation>"{title}" does not apply to {case_type} cases.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>请填写“{label}”。</source>
      <translation>Please fill in "{label}".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>“{label}”不能取“{value}”，可选的值为：{choices}。</source>
      <translation>"{label}" cannot be "{value}". Allowed values: {choices}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>“{label}”的“{value}”不是有效的金额，请填写大于零、最多两位小数的数字，例如 50000。</source>
      <translation>"{value}" in "{label}" is not a valid amount. Enter a number greater than zero with at most two decimal places, e.g. 50000.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>“{label}”的“{value}”不是有效的日期，请按 2026-03-05 的格式填写。</source>
      <translation>"{value}" in "{label}" is not a valid date. Use the format 2026-03-05.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>该案件没有第{index}名受送达人（劳动者共{count}名），请重新选择。</source>
      <translation>This case has no recipient No. {index} (there are {count} workers). Please select again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>本案没有编号为“{value}”的裁决，请在裁决编辑中作出裁决后再制作裁决书。</source>
      <translation>This case has no award numbered "{value}". Make the award in the award editor before preparing the award document.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>所选裁决是{part}，应当制作《{title}》。</source>
      <translation>The selected award is "{part}", so "{title}" should be prepared.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>本案还没有失信联合惩戒名单程序，不能制作《{title}》。请先在“办理”中拟列入失信名单。</source>
      <translation>This case has no blacklist procedure yet, so "{title}" cannot be prepared. First propose the listing under "Handling".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>本案没有编号为“{value}”的失信联合惩戒名单程序，请留空或者重新选择。</source>
      <translation>This case has no blacklist procedure numbered "{value}". Leave it blank or select again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>本案还没有法律援助转交记录，不能制作《{title}》。请先在“法律援助”中登记劳动者的申请。</source>
      <translation>This case has no legal aid referral record yet, so "{title}" cannot be prepared. First record the worker's application under "Legal aid".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>本案没有编号为“{value}”的法律援助转交记录，请留空或者重新选择。</source>
      <translation>This case has no legal aid referral record numbered "{value}". Leave it blank or select again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>该法律援助申请没有第{index}名申请人（劳动者共{count}名），请重新选择。</source>
      <translation>This legal aid application has no applicant No. {index} (there are {count} workers). Please select again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>该失信名单程序没有第{index}名当事人（当事人共{count}名），请重新选择。</source>
      <translation>This blacklist procedure has no party No. {index} (there are {count} parties). Please select again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>《{title}》的模板无法生成文书：{reason}。请用 wagecase-cli check-templates 检查模板。</source>
      <translation>The template for "{title}" could not produce the document: {reason}. Check the templates with wagecase-cli check-templates.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>模板文件 {path} 无法打开：{reason}。请确认它是用 Word 保存的 .docx 文件。</source>
      <translation>Template file {path} cannot be opened: {reason}. Make sure it is a .docx file saved in Word.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>模板中“{line}”附近的占位符写法有误：{reason}。请检查占位符的左右两个双花括号（或花括号加百分号）是否成对、拼写是否正确。</source>
      <translation>Placeholder syntax error near "{line}" in the template: {reason}. Check that the double curly braces (or brace-and-percent signs) on both sides of each placeholder are paired and that it is spelled correctly.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>模板使用了未知的占位符“{name}”，本文书没有这一项内容。请检查拼写，可用的占位符见 forms/README.md。</source>
      <translation>The template uses an unknown placeholder "{name}"; this document has no such item. Check the spelling; the available placeholders are listed in forms/README.md.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>占位符“{text}”被 Word 拆成了几段不同格式的文字（{where}），请在 Word 中删除整个占位符，再一次性重新输入。</source>
      <translation>Word has split the placeholder "{text}" into several differently formatted pieces ({where}). In Word, delete the whole placeholder and type it again in one go.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>段落“{where}”中的占位符没有结束符号，请补全右侧的结束符号。</source>
      <translation>The placeholder in paragraph "{where}" has no closing delimiter. Add the closing delimiter on the right.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>模板缺少本文书必须显示的内容“{name}”，请在模板中加上这个占位符（写法见 forms/README.md）。</source>
      <translation>The template is missing "{name}", which this document must show. Add this placeholder to the template (syntax in forms/README.md).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_documents.py" />
      <source>模板没有使用“{name}”（本文书可以显示这一项）。如确实不需要，可以忽略此提示。</source>
      <translation>The template does not use "{name}" (this document can show it). If it really is not needed, you can ignore this notice.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_employers.py" />
      <source>找不到该用人单位（编号 {employer_id}），可能已被删除，请刷新列表。</source>
      <translation>Employer not found (ID {employer_id}); it may have been deleted. Please refresh the list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_employers.py" />
      <source>该用人单位已被列入拖欠农民工工资失信联合惩戒对象名单（至{until}）</source>
      <translation>This employer is on the joint-punishment list of dishonest employers for migrant workers' wage arrears (until {until})</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_employers.py" />
      <source>该用人单位已被列入拖欠农民工工资失信联合惩戒对象名单</source>
      <translation>This employer is on the joint-punishment list of dishonest employers for migrant workers' wage arrears</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_employers.py" />
      <source>该用人单位的法定代表人{name}（身份证号{id_masked}）作为另一单位{employer}的{role}被列入失信名单</source>
      <translation>This employer's legal representative {name} (ID number {id_masked}) is on the blacklist as {role} of another employer, {employer}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_employers.py" />
      <source>该用人单位尚有{count}件未结案件（{numbers}）</source>
      <translation>This employer has {count} open cases ({numbers})</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>找不到案件包“{path}”，可能已被移动或删除。</source>
      <translation>Case package "{path}" not found; it may have been moved or deleted.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>“{path}”不是本系统导出的案件包（.wagecase），或文件不完整。请向对方机关重新索取。</source>
      <translation>"{path}" is not a case package (.wagecase) exported by this system, or the file is incomplete. Ask the sending office to send it again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件包内有重名的文件，可能被人为改动过，未导入。请向对方机关重新索取。</source>
      <translation>The case package contains files with duplicate names and may have been tampered with, so it was not imported. Ask the sending office to send it again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件包不完整：缺少文件“{name}”。请向对方机关重新索取，未导入任何内容。</source>
      <translation>The case package is incomplete: file "{name}" is missing. Ask the sending office to send it again. Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件包中的文件“{name}”已损坏，无法读取。请向对方机关重新索取，未导入任何内容。</source>
      <translation>File "{name}" in the case package is corrupted and cannot be read. Ask the sending office to send it again. Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件包的签名无法验证：包被改动过或不是本系统导出的。为保证案件材料真实，未导入任何内容。</source>
      <translation>The signature of the case package cannot be verified: the package has been altered or was not exported by this system. To ensure the authenticity of case materials, nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件包的清单（案件信息）与签名不符，导出后被改动过。为保证案件材料真实，未导入任何内容。</source>
      <translation>The manifest (case information) of the case package does not match the signature; it was altered after export. To ensure the authenticity of case materials, nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件包中的{name}与签名不符，导出后被改动过。为保证案件材料真实，未导入任何内容。</source>
      <translation>The {name} in the case package does not match the signature; it was altered after export. To ensure the authenticity of case materials, nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件包中有未签名的文件“{name}”，导出后被添加过。为保证案件材料真实，未导入任何内容。</source>
      <translation>The case package contains an unsigned file "{name}", which was added after export. To ensure the authenticity of case materials, nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件包由“{office}”的密钥签名，但本机尚未信任该密钥（指纹 {fingerprint}）。请电话联系对方机关核对指纹，确认无误后在“设置 → 案件交换”中导入对方的公钥，再导入案件包。未导入任何内容。</source>
      <translation>The case package was signed with the key of "{office}", but this computer does not trust that key yet (fingerprint {fingerprint}). Phone the sending office to check the fingerprint; once it is confirmed, import their public key under "Settings → Case exchange", then import the case package. Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件包由更新版本的程序导出（格式版本 {version}），本程序无法读取。请升级程序后再导入。</source>
      <translation>The case package was exported by a newer version of the program (format version {version}) and cannot be read. Upgrade the program, then import it again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件包的清单内容不完整或格式不对（{where}），未导入任何内容。请向对方机关重新索取。</source>
      <translation>The manifest of the case package is incomplete or malformed ({where}). Nothing was imported. Ask the sending office to send it again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件包在预览之后被替换或改动过，未导入。请重新选择案件包并核对预览。</source>
      <translation>The case package was replaced or altered after the preview, so it was not imported. Select the case package again and check the preview.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>已取消，未导入或导出任何内容。</source>
      <translation>Cancelled; nothing was imported or exported.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>无法写入案件包“{path}”：{reason}。请换一个位置保存。</source>
      <translation>Cannot write case package "{path}": {reason}. Save it in another location.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件的文件“{path}”在数据文件夹中找不到，无法导出。请联系系统管理员从备份中恢复。</source>
      <translation>Case file "{path}" cannot be found in the data folder, so the case cannot be exported. Ask your system administrator to restore it from a backup.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>案件的文件“{path}”在保存后被改动过，与登记的校验值不符，无法导出。请联系系统管理员。</source>
      <translation>Case file "{path}" was changed after it was saved and no longer matches its recorded checksum, so the case cannot be exported. Contact your system administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>无法把案件包中的文件保存到“{path}”：{reason}。请确认磁盘空间充足，未导入任何内容。</source>
      <translation>Cannot save a file from the case package to "{path}": {reason}. Make sure there is enough disk space. Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>本机的签名密钥文件“{path}”已损坏，无法签名。请联系系统管理员（可删除该文件后重新生成，并把新公钥发给各协作机关）。</source>
      <translation>This computer's signing key file "{path}" is corrupted, so nothing can be signed. Contact your system administrator (the file can be deleted and regenerated; then send the new public key to every partner office).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>该文件不是本系统导出的机关公钥文件（.wagecase-key）。</source>
      <translation>This file is not an office public key file (.wagecase-key) exported by this system.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>无法读取公钥文件“{path}”：{reason}。</source>
      <translation>Cannot read public key file "{path}": {reason}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>公钥文件在核对指纹之后被替换，未添加。请重新选择文件并核对指纹。</source>
      <translation>The public key file was replaced after its fingerprint was checked, so it was not added. Select the file again and check the fingerprint.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>请填写对方机关的名称。</source>
      <translation>Enter the name of the other office.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>机关名称填写有误：{reason}</source>
      <translation>Invalid office name: {reason}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_exchange.py" />
      <source>该机关已不在信任列表中，可能已被其他用户移除，请刷新。</source>
      <translation>This office is no longer on the trusted list; another user may have removed it. Please refresh.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>请填写时间，例如 09:00。</source>
      <translation>Enter a time, e.g. 09:00.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>“{text}”不是有效的时间，请按 09:00 或 14:30 的格式填写（24小时制）。</source>
      <translation>"{text}" is not a valid time. Use the format 09:00 or 14:30 (24-hour clock).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>结束时间{end}应晚于开始时间{start}，请检查两个时间是否填反。</source>
      <translation>The end time {end} should be later than the start time {start}. Check whether the two times are swapped.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>{start}—{end}超出了开庭时间范围（{day_start}至{day_end}），请在此范围内安排。</source>
      <translation>{start}—{end} is outside hearing hours ({day_start} to {day_end}). Schedule the hearing within these hours.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>开庭日期{date}已经过去，请选择今天或以后的日期。</source>
      <translation>The hearing date {date} has already passed. Choose today or a later date.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>{date}是{what}，不是工作日，请另选开庭日期。</source>
      <translation>{date} is {what}, not a working day. Choose another hearing date.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>{room}在{when}已安排{case_number}开庭，请另选时间或其他仲裁庭室。</source>
      <translation>{room} already has a hearing in {case_number} at {when}. Choose another time or another hearing room.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>仲裁员{name}在{when}已有{case_number}开庭（{room}），请另选时间。</source>
      <translation>Arbitrator {name} already has a hearing in {case_number} at {when} ({room}). Choose another time.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>请选择仲裁庭室。</source>
      <translation>Select a hearing room.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>所选的仲裁庭室已不存在，请刷新后重新选择。</source>
      <translation>The selected hearing room no longer exists. Refresh and select again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>“{room}”已停用，不能再安排开庭，请选择其他仲裁庭室。</source>
      <translation>"{room}" has been disabled and can no longer be used for hearings. Choose another hearing room.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>请填写仲裁庭室名称。</source>
      <translation>Enter the hearing room name.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>仲裁庭室名称最多{max}个字，现在是{length}个字，请缩短。</source>
      <translation>The hearing room name can have at most {max} characters; it has {length}. Please shorten it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>已有名为“{name}”的仲裁庭室，请换一个名称。</source>
      <translation>A hearing room named "{name}" already exists. Choose another name.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>只有系统管理员可以新增、修改或停用仲裁庭室，请联系管理员办理。</source>
      <translation>Only a system administrator can add, edit or disable hearing rooms. Contact an administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>只有仲裁案件可以安排开庭。</source>
      <translation>Only arbitration cases can have hearings scheduled.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>本案尚未组成仲裁庭，不能安排开庭；请先组成仲裁庭。</source>
      <translation>The tribunal for this case has not been formed, so no hearing can be scheduled. Form the tribunal first.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>本案没有待开庭的排期，无需延期；如需开庭请直接安排开庭。</source>
      <translation>This case has no scheduled hearing, so there is nothing to postpone. To hold a hearing, schedule one directly.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>请填写延期开庭的理由（例如当事人的申请及其理由）。</source>
      <translation>Enter the reason for postponing the hearing (e.g. a party's request and its grounds).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>开庭通知书应在开庭{days}个工作日前送达当事人，即最迟{due}送达；今天已来不及。请确认能否及时通知双方当事人，或另选较晚的开庭日期。</source>
      <translation>The hearing notice must be served on the parties {days} working days before the hearing, i.e. by {due} at the latest; it is already too late today. Confirm whether both parties can be notified in time, or choose a later hearing date.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>当事人请求延期开庭应在开庭{days}个工作日前提出（最迟{due}）；现已超过该期限，是否延期由仲裁委员会决定。</source>
      <translation>A party must request postponement of the hearing {days} working days before the hearing (by {due} at the latest). That deadline has passed; the arbitration commission decides whether to postpone.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_hearings.py" />
      <source>庭室名称</source>
      <translation>Room name</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>调查期限已延长过一次，不能再次延长（《劳动保障监察条例》第十七条）。</source>
      <translation>The investigation period has already been extended once and cannot be extended again (Art. 17, the Regulations on Labour Security Supervision).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>劳动者的工资已全部支付，没有尚欠金额。</source>
      <translation>The workers' wages have been paid in full; nothing is outstanding.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>尚未下达限期改正指令书，不能进行此项操作。</source>
      <translation>No order to rectify has been issued yet, so this action is not possible.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>限期改正指令书的支付期限（{due}）尚未届满，不能{action}。</source>
      <translation>The payment deadline in the order to rectify ({due}) has not yet passed; "{action}" is not available.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>用人单位已在期限内全部支付，不存在逾期不支付的情形。</source>
      <translation>The employer paid in full within the deadline; there is no failure to pay on time.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>尚未进行事先告知，当事人的陈述、申辩权利尚未保障。</source>
      <translation>No advance notice has been given yet, so the party's right to make representations and a defence has not been safeguarded.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>{notified}事先告知后，当事人陈述、申辩的期限尚未届满。</source>
      <translation>The period for the party's representations and defence after the advance notice on {notified} has not yet expired.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>本省拒不支付劳动报酬罪的数额标准尚未录入，无法判断是否移送，请管理员在“设置”中录入。</source>
      <translation>The amount thresholds for the crime of refusing to pay labour remuneration in this province have not been entered, so whether to transfer the case cannot be determined. Ask an administrator to enter them in "Settings".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>尚欠金额未达到拒不支付劳动报酬罪“数额较大”的标准，不能移送公安机关。</source>
      <translation>The outstanding amount does not reach the "relatively large amount" threshold for the crime of refusing to pay labour remuneration; the case cannot be transferred to the police.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>本案已移送公安机关。</source>
      <translation>This case has already been transferred to the police.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>本案已提请列入失信联合惩戒名单，不能重复提请。</source>
      <translation>This case has already been proposed for the joint-punishment list of dishonest employers; it cannot be proposed again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>尚不能确定是否符合列入失信联合惩戒名单的条件（人力资源社会保障部令第45号第五条）。</source>
      <translation>It cannot yet be determined whether the conditions for the joint-punishment list of dishonest employers are met (MOHRSS Order No. 45, Art. 5).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>不符合列入失信联合惩戒名单的条件（人力资源社会保障部令第45号第五条）。</source>
      <translation>The conditions for the joint-punishment list of dishonest employers are not met (MOHRSS Order No. 45, Art. 5).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>仍有工资尚未支付，且未作出处理决定或移送，不能结案。</source>
      <translation>Some wages are still unpaid, and no decision has been made and the case has not been transferred; the case cannot be closed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>仍有工资尚未支付，违法行为未改正，不能撤销立案。</source>
      <translation>Some wages are still unpaid and the violation has not been corrected; the case cannot be withdrawn.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>事先告知是在限期改正指令书的支付期限（{due}）届满前作出的，加付赔偿金须在期限届满仍未支付后重新事先告知。</source>
      <translation>The advance notice was given before the payment deadline ({due}) in the order to rectify expired. For additional compensation, a new advance notice must be given after the deadline has passed without payment.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>当事人已申请听证，不能重复登记。</source>
      <translation>The party has already requested a hearing; it cannot be registered twice.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>听证申请期限已于{due}届满，逾期视为放弃听证。</source>
      <translation>The deadline for requesting a hearing expired on {due}; a late request counts as waiving the hearing.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>当事人未申请听证，无需登记听证结果。</source>
      <translation>The party did not request a hearing; no hearing result needs to be registered.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>听证结果已经登记。</source>
      <translation>The hearing result has already been registered.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>当事人已申请听证，须在听证后才能作出行政处罚决定（《中华人民共和国行政处罚法》第六十五条）。</source>
      <translation>The party has requested a hearing; the administrative penalty decision can only be made after the hearing (Administrative Penalty Law of the People's Republic of China, Art. 65).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>当事人可在{due}前申请听证，听证申请期限届满后才能作出行政处罚决定。</source>
      <translation>The party may request a hearing before {due}; the administrative penalty decision can only be made after that deadline expires.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>案件已移送公安机关，公安机关决定不予立案后才能由本机关继续作出处理或处罚决定。</source>
      <translation>The case has been transferred to the police. This office can only go on to make a decision or impose a penalty after the police decide not to open a criminal case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>公安机关的回执已经登记。</source>
      <translation>The police receipt has already been registered.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>尚未登记公安机关签收回执。</source>
      <translation>The police's acknowledgement of receipt has not been registered yet.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>公安机关的立案决定已经登记。</source>
      <translation>The police's decision to open a case has already been registered.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>本案不是劳动保障监察案件，不能按监察程序办理。</source>
      <translation>This case is not a labour inspection case and cannot follow the inspection procedure.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>支付情况请在“登记支付”中逐人登记。</source>
      <translation>Register payments worker by worker under "Register payment".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>无法识别的操作“{action}”。</source>
      <translation>Unrecognised action "{action}".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>找不到该审批事项，可能已被删除。</source>
      <translation>Approval item not found; it may have been deleted.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>该审批事项已经处理过了。</source>
      <translation>This approval item has already been processed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>“{label}”应为日期，如2026-03-20。</source>
      <translation>"{label}" must be a date, e.g. 2026-03-20.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>“{label}”只能从列表中选择。</source>
      <translation>"{label}" must be chosen from the list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>支付期限不能早于今天。</source>
      <translation>The payment deadline cannot be earlier than today.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>“{label}”不能晚于今天。</source>
      <translation>"{label}" cannot be later than today.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>“{label}”不能早于案件登记日期（{received}）。</source>
      <translation>"{label}" cannot be earlier than the case registration date ({received}).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>加付赔偿金比例应在50%至100%之间（《劳动保障监察条例》第二十六条）。</source>
      <translation>The additional compensation rate must be between 50% and 100% (the Regulations on Labour Security Supervision, Art. 26).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>“{label}”应为大于0的金额。</source>
      <translation>"{label}" must be an amount greater than 0.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>该劳动者不在本案中。</source>
      <translation>This worker is not part of this case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>支付金额应大于0。</source>
      <translation>The payment amount must be greater than 0.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>支付金额超过该劳动者尚欠的{outstanding}元。</source>
      <translation>The payment amount exceeds the {outstanding} yuan still owed to this worker.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>支付日期不能晚于今天。</source>
      <translation>The payment date cannot be later than today.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>支付日期不能早于投诉受理登记日期（{received}）。</source>
      <translation>The payment date cannot be earlier than the date the complaint was registered as received ({received}).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>支付方只能从列表中选择。</source>
      <translation>The payer must be chosen from the list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>支付方式只能从列表中选择。</source>
      <translation>The payment method must be chosen from the list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>支付金额</source>
      <translation>Amount paid</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>不予受理理由</source>
      <translation>Reason for rejection</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>加付赔偿金比例</source>
      <translation>Additional compensation rate</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>处罚依据</source>
      <translation>Legal basis for penalty</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_inspection.py" />
      <source>需补正的材料</source>
      <translation>Materials to be supplemented</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>找不到该文书（编号 {document_id}），可能已被删除，请刷新案件。</source>
      <translation>Document not found (ID {document_id}); it may have been deleted. Please refresh the case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>文书{number}已经作废，不能重复作废。</source>
      <translation>Document {number} has already been voided; it cannot be voided again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>文书{number}已作废，不能再登记送达或作为原件打印；如需送达，请重新制发。</source>
      <translation>Document {number} has been voided; its service can no longer be registered and it cannot be printed as an original. To serve it, issue a new document.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>文书{number}的存档文件找不到了（{path}），请从备份中恢复数据文件夹。</source>
      <translation>The archived file of document {number} cannot be found ({path}). Restore the data folder from a backup.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>文书{number}的存档文件与签发时不一致（可能被改动或损坏），不能作为原件打印。请从备份中恢复数据文件夹。</source>
      <translation>The archived file of document {number} differs from the one issued (it may have been altered or damaged) and cannot be printed as an original. Restore the data folder from a backup.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>不支持“{fmt}”格式，请选择 PDF 或 Word（docx）。</source>
      <translation>The "{fmt}" format is not supported. Choose PDF or Word (docx).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>当前没有有效的用户身份，不能签发文书。请由管理员启用账户后再试。</source>
      <translation>There is no valid user identity, so documents cannot be issued. Ask an administrator to enable the account, then try again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>文书文件无法保存到“{path}”：{reason}。文书未签发，请确认数据文件夹可写、磁盘空间充足。</source>
      <translation>The document file could not be saved to "{path}": {reason}. The document was not issued. Make sure the data folder is writable and there is enough disk space.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>该案件没有可送达的对象（{per}），无法制发《{title}》。请先补充案件当事人。</source>
      <translation>This case has no one to serve ({per}), so "{title}" cannot be issued. Add the parties to the case first.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>制作《{form}》前须先办理：{steps}。请在“办理”页完成该步骤后再制作。</source>
      <translation>Before preparing "{form}", complete: {steps}. Complete this step on the "Handling" page, then prepare the document.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>请选择或填写所送达文书的文号。</source>
      <translation>Select or enter the document number of the document served.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>“{value}”不是可选的送达方式，请选择：{choices}。</source>
      <translation>"{value}" is not an available method of service. Choose one of: {choices}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>送达日期{date}晚于今天（{today}），请填写受送达人实际签收的日期。</source>
      <translation>The service date {date} is later than today ({today}). Enter the date the recipient actually signed for it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>送达日期{date}早于文书签发日期{issued}，请核对。</source>
      <translation>The service date {date} is earlier than the document's issue date {issued}. Please check.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>只有管理员可以更换或恢复文书模板。</source>
      <translation>Only an administrator can replace or restore document templates.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>新模板未通过检查，没有采用（共{count}处问题）：{problems}</source>
      <translation>The new template failed the checks and was not adopted ({count} problems): {problems}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>《{title}》没有第{version}版模板，请刷新后重新选择。</source>
      <translation>"{title}" has no template version {version}. Refresh and choose again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_issuing.py" />
      <source>第{version}版模板文件找不到了（{path}），无法恢复。请从备份中恢复数据文件夹。</source>
      <translation>The template file of version {version} cannot be found ({path}), so it cannot be restored. Restore the data folder from a backup.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_legal_aid.py" />
      <source>只有系统管理员可以新增、修改或停用法律援助机构，请联系管理员办理。</source>
      <translation>Only the system administrator can add, edit or deactivate legal aid centres. Contact the administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_legal_aid.py" />
      <source>所选的法律援助机构已不存在，请刷新后重新选择。</source>
      <translation>The selected legal aid centre no longer exists. Refresh and choose again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_legal_aid.py" />
      <source>请填写法律援助机构的名称，例如“郑州市法律援助中心”。</source>
      <translation>Enter the name of the legal aid centre, e.g. "Zhengzhou Legal Aid Centre".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_legal_aid.py" />
      <source>名称最多{max}个字，现在是{length}个字，请缩短。</source>
      <translation>The name can be at most {max} characters; it is now {length}. Please shorten it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_legal_aid.py" />
      <source>已有名为“{name}”的法律援助机构，请换一个名称，或修改已有的那一条。</source>
      <translation>A legal aid centre named "{name}" already exists. Choose another name, or edit the existing one.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_legal_aid.py" />
      <source>“{value}”不是可选的类型，请选择“法律援助中心”或“法律援助工作站”。</source>
      <translation>"{value}" is not an available type. Choose "Legal aid centre" or "Legal aid workstation".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_legal_aid.py" />
      <source>地址最多{max}个字，现在是{length}个字，请缩短。</source>
      <translation>The address can be at most {max} characters; it is now {length}. Please shorten it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_legal_aid.py" />
      <source>“{text}”格式不对，请只填写数字（可含“-”“+”、括号；多个号码用顿号分隔），例如 0371-12348。</source>
      <translation>"{text}" is not in the right format. Enter digits only ("-", "+" and brackets allowed; separate several numbers with commas), e.g. 0371-12348.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_legal_aid.py" />
      <source>电话最多{max}个字符，现在是{length}个，请缩短。</source>
      <translation>The phone number can be at most {max} characters; it is now {length}. Please shorten it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_legal_aid.py" />
      <source>“{code}”不是县区代码：请填写2位（全省）、4位（全市）或6位（县区）数字，多个代码用逗号分隔，例如 410105,4101。</source>
      <translation>"{code}" is not a county/district code. Enter 2 digits (whole province), 4 digits (whole city) or 6 digits (county/district), separating several codes with commas, e.g. 410105,4101.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_legal_aid.py" />
      <source>“{code}”不是已知的行政区划代码，请核对；例如郑州市金水区是 410105，郑州市全市是 4101。</source>
      <translation>"{code}" is not a known administrative division code. Please check; e.g. Jinshui District, Zhengzhou is 410105, and the whole of Zhengzhou is 4101.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>只有系统管理员可以修改参考数据和系统参数，请联系管理员办理。</source>
      <translation>Only the system administrator can change reference data and system parameters. Contact the administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>没有名为“{name}”的参考数据表，请刷新“设置”页面后重试。</source>
      <translation>There is no reference table named "{name}". Refresh the "Settings" page and try again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>要修改的记录（{row_id}）已不存在，可能已被其他人删除，请刷新后重试。</source>
      <translation>The record to be edited ({row_id}) no longer exists; someone else may have deleted it. Refresh and try again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>“{text}”不是整数，请只填写数字，例如 3。</source>
      <translation>"{text}" is not a whole number. Enter digits only, e.g. 3.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>应填写{min}至{max}之间的整数，现在是{value}。</source>
      <translation>Enter a whole number from {min} to {max}; it is now {value}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>“{text}”不是时间，请按 08:30 的格式填写。</source>
      <translation>"{text}" is not a time. Use the format 08:30.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>“{text}”不是有效的日期，请按 2024-01-01 的格式填写。</source>
      <translation>"{text}" is not a valid date. Use the format 2024-01-01.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>失效日期{to}早于生效日期{from_}，请检查两个日期是否填反。</source>
      <translation>The expiry date {to} is earlier than the effective date {from_}. Check whether the two dates are swapped.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>与已有记录（{other}）的有效期重叠，同一{scope}在同一天只能有一条标准；请先为原记录填写失效日期，或调整本条的起止日期。</source>
      <translation>The validity period overlaps an existing record ({other}); the same {scope} can have only one standard on any day. First enter an expiry date for the existing record, or adjust the start and end dates of this one.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>“{code}”不是已知的省级行政区划代码，请从列表中选择省份。</source>
      <translation>"{code}" is not a known province-level division code. Choose the province from the list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>地区代码“{code}”不是设区的市或县（市、区），请从列表中选择。</source>
      <translation>Region code "{code}" is not a prefecture-level city or a county (county-level city, district). Choose from the list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>“{code}”不是行政区划表中的县级代码（区、县、县级市），请从列表中选择区县。</source>
      <translation>"{code}" is not a county-level code (district, county, county-level city) in the administrative division table. Choose the county/district from the list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>{year}年度的数据已经录入，请直接修改原记录。</source>
      <translation>Data for {year} has already been entered. Edit the existing record instead.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>格式中须保留年份和序号两个占位符（用花括号括起的 year 和 seq），请参照说明栏中的示例修改。</source>
      <translation>The format must keep both placeholders, for the year and the serial number (year and seq in curly braces). Edit it following the example in the description column.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>年份请用六角括号〔〕括起（GB/T 9704），不要用【】或[]。</source>
      <translation>Enclose the year in hexagonal brackets (U+3014 and U+3015, as GB/T 9704 requires), not in lenticular brackets (U+3010 and U+3011) or [].</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>找不到字体文件“{path}”，请核对路径（例如 C:\Windows\Fonts\simfang.ttf）。</source>
      <translation>Font file "{path}" not found. Check the path (e.g. C:\Windows\Fonts\simfang.ttf).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>“{path}”不是 TrueType 字体文件（.ttf 或 .ttc）；OpenType/CFF 字体（.otf）无法嵌入PDF。</source>
      <translation>"{path}" is not a TrueType font file (.ttf or .ttc); OpenType/CFF fonts (.otf) cannot be embedded in a PDF.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>系统参数不能新增或删除，只能修改取值。</source>
      <translation>System parameters cannot be added or deleted; only their values can be changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>没有名为“{key}”的系统参数，请刷新“设置”页面后重试。</source>
      <translation>There is no system parameter named "{key}". Refresh the "Settings" page and try again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>代码“{text}”只能由小写字母、数字、下划线和点组成，例如 inspection.acceptance。</source>
      <translation>Code "{text}" may contain only lowercase letters, digits, underscores and dots, e.g. inspection.acceptance.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>代码“{code}”已被其他期限使用，请换一个代码。</source>
      <translation>Code "{code}" is already used by another period. Choose another code.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>期限代码不能修改（原为“{code}”），如需改名请修改“名称”；确需新代码，请新增一条并停用原期限。</source>
      <translation>A period's code cannot be changed (it was "{code}"). To rename it, change the "Name"; if you really need a new code, add a new period and deactivate the old one.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>“{code}”不是已知的程序事件，请从列表中选择；多个事件用分号“;”分隔。</source>
      <translation>"{code}" is not a known procedural event. Choose from the list; separate several events with a semicolon ";".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>“{code}”引用的期限不存在或已停用，请填写已有期限的代码（格式 period:代码）。</source>
      <translation>The period referenced by "{code}" does not exist or has been deactivated. Enter the code of an existing period (format period:code).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>期限不能以自身届满作为起算事件，请改正“起算事件”。</source>
      <translation>A period cannot start from its own expiry. Correct the "Start event".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>期限“{code}”是“{users}”的起算事件，不能删除或停用；请先修改这些期限。</source>
      <translation>Period "{code}" is the start event of "{users}" and cannot be deleted or deactivated. Change those periods first.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>“{text}”不是已知的案件类型，请填写 inspection（监察）或 arbitration（仲裁），多个用分号分隔，留空表示全部。</source>
      <translation>"{text}" is not a known case type. Enter inspection or arbitration, separating several with semicolons; leave blank for all.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>期限长度须大于0；只有按“起算日期字段”确定的期限（如限期支付期限）可以填0。</source>
      <translation>The period length must be greater than 0; only periods set by a "Start date field" (such as the payment deadline) may be 0.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>可延长的期限须填写“延长事件”，即批准延长时登记的程序事项。</source>
      <translation>An extendable period needs an "Extension event", i.e. the procedural step registered when an extension is approved.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>向前倒计的期限须填写“起算日期字段”（如 hearing_date），说明从哪个日期倒计。</source>
      <translation>A period counted backwards needs a "Start date field" (e.g. hearing_date) saying which date to count back from.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>{reason}，请改正。</source>
      <translation>{reason}. Please correct it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>年份应在{min}至{max}年之间，现在是{year}年。</source>
      <translation>The year must be between {min} and {max}; it is now {year}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>请至少录入一个节假日（名称、放假起止日期）；如要改回随软件提供的数据，请删除该年度。</source>
      <translation>Enter at least one holiday (name, first and last day off). To go back to the data supplied with the software, delete this year.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>放假的最后一天{last}早于第一天{first}，请检查两个日期是否填反。</source>
      <translation>The last day off {last} is earlier than the first day {first}. Check whether the two dates are swapped.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>放假日期与“{other}”重叠，请核对国务院办公厅的放假通知。</source>
      <translation>The holiday dates overlap "{other}". Check them against the State Council General Office's holiday notice.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>节日名称最多{max}个字，请简写，例如“春节”。</source>
      <translation>A holiday name can be at most {max} characters. Abbreviate it, e.g. "Spring Festival".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>{year}年没有管理员录入的节假日，无需删除。</source>
      <translation>There are no administrator-entered holidays for {year}; nothing to delete.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>生效日期</source>
      <translation>Effective date</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>失效日期</source>
      <translation>Expiry date</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>月最低工资标准</source>
      <translation>Monthly minimum wage</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>小时最低工资标准</source>
      <translation>Hourly minimum wage</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>年平均工资</source>
      <translation>Average annual wage</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>单人数额</source>
      <translation>Amount for one worker</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>多人总额</source>
      <translation>Total for several workers</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>拖欠月数</source>
      <translation>Months in arrears</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>人数</source>
      <translation>Number of workers</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>可延长期限</source>
      <translation>Extendable period</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>延长事件</source>
      <translation>Extension event</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>完成事件</source>
      <translation>Completion event</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>中止事件</source>
      <translation>Suspension event</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>恢复事件</source>
      <translation>Resumption event</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_reference.py" />
      <source>重新计算事件</source>
      <translation>Recalculation event</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_referrals.py" />
      <source>请填写告知人（如：承办人李娜当面告知）。</source>
      <translation>Enter who gave notice (e.g. officer in charge Li Na, in person).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_referrals.py" />
      <source>所选法律援助机构不存在，请重新选择。</source>
      <translation>The selected legal aid centre does not exist. Choose again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_referrals.py" />
      <source>请先选择接收转交的法律援助机构（可在“设置 → 法律援助机构”中添加）。</source>
      <translation>First choose the legal aid centre receiving the referral (centres can be added under "Settings → Legal aid centres").</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_referrals.py" />
      <source>本案没有标记代表人，请按每名劳动者分别转交，或先在劳动者名单中标记代表人。</source>
      <translation>No representative is marked in this case. Refer each worker separately, or first mark a representative in the worker list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_referrals.py" />
      <source>请选择为哪名劳动者转交法律援助申请。</source>
      <translation>Choose the worker whose legal aid application is being referred.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_referrals.py" />
      <source>不认识的法律援助办理事项“{action}”。</source>
      <translation>Unknown legal aid step "{action}".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_referrals.py" />
      <source>该转交记录已不存在，请刷新后重试。</source>
      <translation>This referral record no longer exists. Refresh and try again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_referrals.py" />
      <source>转交目前为“{status}”，不能{action}。</source>
      <translation>The referral is currently "{status}"; "{action}" is not possible.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>区县“{county}”在{date}适用的最低工资类别尚未录入，请管理员在“设置—最低工资”中补充区县类别后再计算。</source>
      <translation>The minimum wage category of county/district "{county}" applicable on {date} has not been entered. Ask an administrator to add the county's category under "Settings - Minimum wage", then calculate again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>省份“{province}”第{tier}类地区在{date}适用的月最低工资标准尚未录入，请管理员在“设置—最低工资”中补充后再计算。</source>
      <translation>The monthly minimum wage for tier {tier} areas of province "{province}" applicable on {date} has not been entered. Ask an administrator to add it under "Settings - Minimum wage", then calculate again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>“{label}”属于因执行国家的劳动标准发生的争议，不论金额，均为终局裁决事项。</source>
      <translation>"{label}" is a dispute arising from the implementation of national labour standards; regardless of the amount, it is subject to final award.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>“{label}”不属于劳动报酬、工伤医疗费、经济补偿或者赔偿金，为非终局裁决事项。</source>
      <translation>"{label}" is not labour remuneration, work-injury medical expenses, economic compensation or damages; it is subject to non-final award.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>“{label}”属于{category}，裁决金额{amount}元，未超过当地月最低工资标准十二个月金额{cap}元，为终局裁决事项。</source>
      <translation>"{label}" is {category}; the awarded amount of {amount} yuan does not exceed {cap} yuan (12 months of the local monthly minimum wage), so it is subject to final award.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>“{label}”裁决金额{amount}元，超过当地月最低工资标准十二个月金额{cap}元，为非终局裁决事项。</source>
      <translation>"{label}": the awarded amount of {amount} yuan exceeds {cap} yuan (12 months of the local monthly minimum wage), so it is subject to non-final award.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>裁决同时包含终局和非终局事项，应分别制作裁决书：终局裁决编号后加“{final_suffix}”，非终局裁决编号后加“{non_final_suffix}”，并分别告知救济权利。</source>
      <translation>The award contains both final and non-final items, so separate awards must be made: add "{final_suffix}" to the number of the final award and "{non_final_suffix}" to the number of the non-final award, and inform the parties of their remedies in each.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>案件涉及国家利益、社会公共利益，不适用简易处理。</source>
      <translation>The case involves national or public interests; the simplified procedure does not apply.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>案件有重大社会影响，不适用简易处理。</source>
      <translation>The case has a major social impact; the simplified procedure does not apply.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>被申请人下落不明，不适用简易处理。</source>
      <translation>The respondent's whereabouts are unknown; the simplified procedure does not apply.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>仲裁委员会认为案件不宜简易处理。</source>
      <translation>The arbitration commission considers the case unsuitable for the simplified procedure.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>事实清楚、权利义务关系明确、争议不大，符合简易处理条件。</source>
      <translation>The facts are clear, rights and obligations are clearly defined and the dispute is minor; the conditions for the simplified procedure are met.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未认定案件事实是否清楚、争议是否不大。</source>
      <translation>It has not yet been determined whether the facts are clear and the dispute is minor.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未录入本省上年度职工年平均工资，无法按标的额判断是否适用简易处理，请管理员在“设置”中录入并核实来源。</source>
      <translation>This province's average annual wage of employees for the previous year has not been entered, so whether the simplified procedure applies by amount in dispute cannot be determined. Ask an administrator to enter it in "Settings" and verify its source.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未确定标的额，无法按标的额判断是否适用简易处理。</source>
      <translation>The amount in dispute has not been determined, so whether the simplified procedure applies by amount cannot be determined.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>标的额{amount}元，不超过本省{year}年度职工年平均工资{cap}元，符合简易处理条件。</source>
      <translation>The amount in dispute of {amount} yuan does not exceed this province's {year} average annual wage of employees of {cap} yuan; the conditions for the simplified procedure are met.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>标的额{amount}元，超过本省{year}年度职工年平均工资{cap}元，不能依标的额适用简易处理。</source>
      <translation>The amount in dispute of {amount} yuan exceeds this province's {year} average annual wage of employees of {cap} yuan; the simplified procedure cannot apply on the basis of the amount.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>本省{year}年度职工年平均工资（来源：{source}）尚待核实，请管理员确认后再据此作出决定。</source>
      <translation>This province's {year} average annual wage of employees (source: {source}) is awaiting verification. Ask an administrator to confirm it before making a decision based on it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>双方当事人同意简易处理。</source>
      <translation>Both parties agree to the simplified procedure.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未记录双方当事人是否同意简易处理。</source>
      <translation>Whether both parties agree to the simplified procedure has not been recorded.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>可以指定一名仲裁员独任处理，并应告知当事人。</source>
      <translation>A sole arbitrator may be appointed to hear the case; the parties must be informed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>不符合简易处理的任何一项条件，应按一般程序处理。</source>
      <translation>None of the conditions for the simplified procedure is met; the case must follow the ordinary procedure.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未记录当事人知道或者应当知道权利被侵害的日期，无法计算仲裁时效。</source>
      <translation>The date the party knew or should have known of the infringement of their rights has not been recorded, so the limitation period cannot be calculated.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未记录劳动关系是否存续或者终止日期，无法判断拖欠劳动报酬争议的仲裁时效。</source>
      <translation>Whether the employment relationship continues, or the date it ended, has not been recorded, so the limitation period for the wage arrears dispute cannot be determined.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>劳动关系存续期间因拖欠劳动报酬发生争议，申请仲裁不受一年仲裁时效的限制。</source>
      <translation>For a wage arrears dispute arising while the employment relationship continues, an application for arbitration is not subject to the one-year limitation period.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>劳动关系于{start}终止，拖欠劳动报酬争议应自终止之日起一年内申请仲裁。</source>
      <translation>The employment relationship ended on {start}; arbitration of the wage arrears dispute must be applied for within one year of that date.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>仲裁时效为一年，自{start}（知道或者应当知道权利被侵害之日）起计算。</source>
      <translation>The limitation period is one year, counted from {start} (the date the party knew or should have known of the infringement of their rights).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>{on}仲裁时效中断，自中断时起重新计算，至{end}届满。</source>
      <translation>The limitation period was interrupted on {on}; it restarts from the interruption and expires on {end}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>自{since}起仲裁时效中止，中止原因尚未消除，时效暂停计算。</source>
      <translation>The limitation period has been suspended since {since}; the cause of suspension has not ended, so the period is paused.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>{since}至{until}仲裁时效中止，中止期间不计入，时效顺延至{end}。</source>
      <translation>The limitation period was suspended from {since} to {until}; the suspension is not counted, so the period is extended to {end}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>期间最后一日{end}为法定休假日，以休假日结束后的第一日{rolled}为最后一日。</source>
      <translation>The last day of the period, {end}, is a public holiday, so the first day after the holiday, {rolled}, is the last day.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>仲裁时效至{expires}届满，{applied}申请仲裁未超过仲裁时效。</source>
      <translation>The limitation period expires on {expires}; the application made on {applied} is within the limitation period.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>仲裁时效已于{expires}届满，{applied}申请仲裁已超过仲裁时效（被申请人须在仲裁中提出时效抗辩）。</source>
      <translation>The limitation period expired on {expires}; the application made on {applied} is out of time (the respondent must raise the limitation defence in the arbitration).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>投诉事项不属于劳动保障监察职权范围，应告知投诉人向有关部门提出。</source>
      <translation>The complaint is outside the remit of labour inspection; tell the complainant to take it to the relevant authority.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>投诉事项不属于本机关管辖，应告知投诉人向有管辖权的劳动保障行政部门投诉。</source>
      <translation>The complaint is outside this office's jurisdiction; tell the complainant to complain to the labour administration with jurisdiction.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>该劳动争议事项已经按照调解、仲裁或者诉讼程序处理，应告知投诉人依照相应程序办理。</source>
      <translation>This labour dispute has already been handled through mediation, arbitration or litigation; tell the complainant to follow the corresponding procedure.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未记录违法行为发生（或者终了）的日期，无法判断是否在二年内。</source>
      <translation>The date the violation occurred (or ended) has not been recorded, so whether it is within two years cannot be determined.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>违法行为于{ended}终了，至{last}已满二年未被发现、举报或投诉，{received}收到投诉时已超过二年，应在5个工作日内作出不予受理决定并书面通知投诉人。</source>
      <translation>The violation ended on {ended} and was not discovered, reported or complained about within two years (by {last}); the complaint received on {received} is more than two years late. Decide not to accept it within 5 working days and notify the complainant in writing.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>违法行为于{ended}终了，{received}收到投诉，未超过二年（至{last}）。</source>
      <translation>The violation ended on {ended} and the complaint was received on {received}, within two years (by {last}).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>没有明确的用人单位，应通知投诉人补正投诉材料。</source>
      <translation>There is no identifiable employer; ask the complainant to supplement the complaint materials.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未核实是否有明确的用人单位。</source>
      <translation>Whether there is an identifiable employer has not been verified.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未确认是否属于劳动保障监察职权范围和本机关管辖。</source>
      <translation>It has not been confirmed whether the complaint is within the remit of labour inspection and this office's jurisdiction.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>符合受理条件，应在收到投诉之日起5个工作日内受理，并于受理之日立案。</source>
      <translation>The acceptance conditions are met. Accept the complaint within 5 working days of receipt and open the case on the day of acceptance.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>逾期不支付的，可责令按应付金额{due}元的百分之五十以上百分之一百以下加付赔偿金，即{low}元至{high}元（下限不足一分的进为一分）。</source>
      <translation>If payment is not made by the deadline, the employer may be ordered to pay additional compensation of 50% to 100% of the {due} yuan due, i.e. {low} to {high} yuan (the lower limit is rounded up to the nearest fen).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>本省拒不支付劳动报酬罪“数额较大”标准尚未录入，请管理员在“设置”中补充。</source>
      <translation>This province's "relatively large amount" thresholds for the crime of refusing to pay labour remuneration have not been entered. Ask an administrator to add them in "Settings".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>拖欠一名劳动者{months}个月劳动报酬{amount}元，达到“拖欠一名劳动者{min_months}个月以上、数额{threshold}元以上”的标准。</source>
      <translation>Wages of {amount} yuan for {months} months owed to one worker reach the threshold of "{min_months} months or more owed to one worker, {threshold} yuan or more".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>拖欠{workers}名劳动者劳动报酬累计{total}元，达到“拖欠{min_workers}名以上劳动者、累计{threshold}元以上”的标准。</source>
      <translation>Wages totalling {total} yuan owed to {workers} workers reach the threshold of "{min_workers} or more workers owed, {threshold} yuan or more in total".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>拖欠金额合计{total}元，未达到数额较大标准（一名劳动者{min_months}个月以上{single}元，或{min_workers}名以上劳动者累计{group}元；依据：{source}）。</source>
      <translation>The total owed is {total} yuan, below the "relatively large amount" threshold ({single} yuan owed to one worker for {min_months} months or more, or {group} yuan in total owed to {min_workers} or more workers; basis: {source}).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>已以限期整改指令书或行政处理决定书责令支付，用人单位逾期仍不支付。</source>
      <translation>Payment has been ordered by an order to rectify or an administrative decision, and the employer still has not paid after the deadline.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>涉嫌拒不支付劳动报酬罪，应当及时移送公安机关审查。</source>
      <translation>The crime of refusing to pay labour remuneration is suspected; the case should be transferred to the police for review without delay.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚无经责令支付后逾期仍不支付的记录：应先以限期整改指令书或行政处理决定书责令支付（逃匿的，可在其住所地、生产经营场所张贴并拍照、录像）。</source>
      <translation>There is no record of non-payment after an order to pay: first order payment with an order to rectify or an administrative decision (if the employer has absconded, the order may be posted at its residence or place of business and photographed or filmed).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>未经责令支付或者已在责令支付的期限内支付，不具备移送的前提条件。</source>
      <translation>Payment was never ordered, or was made within the ordered deadline; the preconditions for transfer are not met.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未责令限期支付工资，不能列入失信联合惩戒对象名单。</source>
      <translation>Payment of wages by a deadline has not been ordered; the employer cannot be put on the joint-punishment list of dishonest employers.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未记录是否已责令限期支付工资。</source>
      <translation>Whether payment of wages by a deadline has been ordered has not been recorded.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>用人单位已在责令期限内支付，不能列入失信联合惩戒对象名单。</source>
      <translation>The employer paid within the ordered deadline; it cannot be put on the joint-punishment list of dishonest employers.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未记录用人单位是否在责令期限内支付。</source>
      <translation>Whether the employer paid within the ordered deadline has not been recorded.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>已责令限期支付工资，用人单位逾期未支付。</source>
      <translation>Payment of wages by a deadline was ordered, and the employer did not pay by the deadline.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>克扣、无故拖欠农民工工资达到认定拒不支付劳动报酬罪数额标准。</source>
      <translation>Deductions from or unjustified arrears of migrant workers' wages reach the amount threshold for the crime of refusing to pay labour remuneration.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>因拖欠农民工工资引发群体性事件、极端事件，造成严重不良社会影响。</source>
      <translation>Arrears of migrant workers' wages led to mass or extreme incidents with a serious adverse social impact.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未确认是否达到拒不支付劳动报酬罪数额标准或者引发群体性、极端事件。</source>
      <translation>It has not been confirmed whether the amount threshold for the crime of refusing to pay labour remuneration is reached or mass or extreme incidents occurred.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>拖欠数额未达到拒不支付劳动报酬罪数额标准，也未引发群体性、极端事件，不符合列入条件。</source>
      <translation>The arrears do not reach the amount threshold for the crime of refusing to pay labour remuneration and led to no mass or extreme incidents; the listing conditions are not met.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>列入期间又发生拖欠农民工工资问题，不得提前移出。</source>
      <translation>Migrant workers' wages were owed again during the listing period; early removal is not allowed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>因拒不支付劳动报酬罪正在被追究或者已被追究刑事责任，不得提前移出。</source>
      <translation>Criminal liability for the crime of refusing to pay labour remuneration is being or has been pursued; early removal is not allowed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未改正拖欠农民工工资违法行为，不能申请提前移出。</source>
      <translation>The violation of owing migrant workers' wages has not been corrected; early removal cannot be applied for.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>自改正之日（{corrected}）起被列入名单已满6个月，{earliest}起可以申请提前移出。</source>
      <translation>The employer has been on the list for 6 months since the date of correction ({corrected}); early removal can be applied for from {earliest}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>自改正之日（{corrected}）起被列入名单（{listed}列入）未满6个月，{earliest}起才可以申请提前移出。</source>
      <translation>The employer has not yet been on the list (listed {listed}) for 6 months since the date of correction ({corrected}); early removal can be applied for only from {earliest}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未作出不再拖欠农民工工资的书面信用承诺。</source>
      <translation>No written credit undertaking not to owe migrant workers' wages again has been made.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未记录是否已作出书面信用承诺。</source>
      <translation>Whether a written credit undertaking has been made has not been recorded.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>已作出不再拖欠农民工工资的书面信用承诺。</source>
      <translation>A written credit undertaking not to owe migrant workers' wages again has been made.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未核实列入期间是否又发生拖欠、是否涉及拒不支付劳动报酬罪刑事追究。</source>
      <translation>It has not been verified whether arrears recurred during the listing period or whether criminal liability for refusing to pay labour remuneration is involved.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>尚未确认申请人是否为进城务工人员（农民工）。</source>
      <translation>It has not been confirmed whether the applicant is a migrant worker.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>申请人不是进城务工人员，应按规定核查经济困难状况。</source>
      <translation>The applicant is not a migrant worker; financial hardship must be checked as required.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>请求事项不是支付劳动报酬或者工伤事故人身损害赔偿，应按规定核查经济困难状况。</source>
      <translation>The claim is not for payment of labour remuneration or damages for personal injury in a work accident; financial hardship must be checked as required.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>进城务工人员请求{kinds}，提交相关证明材料的，免予核查经济困难状况。</source>
      <translation>A migrant worker claiming {kinds} who submits supporting evidence is exempt from the financial hardship check.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>免予核查的是经济困难状况，申请人仍须提交农民工身份和请求事项的证明材料。</source>
      <translation>Only the financial hardship check is waived; the applicant must still submit evidence of migrant worker status and of the claim.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>没有即将届满的时效或者期限。</source>
      <translation>No limitation periods or deadlines are about to expire.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>{name}已于{date}届满。</source>
      <translation>{name} expired on {date}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>距{name}届满（{date}）仅剩{days}日，不足七日，法律援助机构可以先行提供法律援助，再补办有关手续。</source>
      <translation>Only {days} days remain until {name} expires ({date}), fewer than seven; the legal aid centre may provide legal aid first and complete the formalities later.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>距最近的{name}届满（{date}）还有{days}日，不属于不足七日的紧急情形。</source>
      <translation>{days} days remain until the nearest {name} expires ({date}); this is not an emergency of fewer than seven days.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>案件未登记用工所在地（县区），无法确定适用的月最低工资标准；请在案件中补充用工所在地。</source>
      <translation>The case has no place of employment (county/district) registered, so the applicable monthly minimum wage cannot be determined. Add the place of employment to the case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>另有{count}名劳动者的情况从略，详见各劳动者的欠薪明细。</source>
      <translation>{count} more workers omitted; see each worker's arrears details.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_rules.py" />
      <source>另有{count}项从略。</source>
      <translation>{count} more items omitted.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>服务器 {server} 拒绝了用户“{user}”：用户名或密码不正确。</source>
      <translation>Server {server} rejected user "{user}": the user name or password is incorrect.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>服务器 {server} 上没有名为“{database}”的数据库，请数据库管理员先建立该数据库。</source>
      <translation>There is no database named "{database}" on server {server}. Ask the database administrator to create it first.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>无法连接服务器 {server}（服务器未启动、地址或端口有误，或被防火墙阻止）：{detail}</source>
      <translation>Cannot connect to server {server} (the server is not running, the address or port is wrong, or a firewall is blocking it): {detail}</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>数据库文件“{path}”不存在。它可能已被移动、改名或删除，或者所在的U盘、网络盘没有连接。</source>
      <translation>Database file "{path}" does not exist. It may have been moved, renamed or deleted, or the USB drive or network drive it is on is not connected.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>数据库“{path}”正被另一个程序独占使用（已锁定），暂时无法打开。请关闭正在使用它的程序（另一个本系统窗口、数据库工具、备份或同步软件）后重试。数据库未作任何改动。</source>
      <translation>Database "{path}" is in exclusive use by another program (locked) and cannot be opened right now. Close the program using it (another window of this system, a database tool, or backup or sync software) and try again. The database has not been changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>文件“{path}”不是数据库文件，可能选错了文件，或者文件已被其他内容覆盖。该文件未作任何改动。</source>
      <translation>File "{path}" is not a database file; the wrong file may have been chosen, or it has been overwritten with other content. The file has not been changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>数据库“{path}”已损坏（完整性检查未通过）。为免损坏扩大，程序没有使用它。请从备份恢复，损坏的文件会先原样保存到备份文件夹。</source>
      <translation>Database "{path}" is damaged (integrity check failed). To avoid further damage, the program has not used it. Restore from a backup; the damaged file will first be saved as it is in the backup folder.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>程序退出，数据库“{path}”的完整性检查未做完，下次启动时再检查。</source>
      <translation>The program exited before the integrity check of database "{path}" finished; it will be checked at the next start.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>无法读取数据库“{path}”：{detail}。请检查文件权限，或选择其他数据库文件。</source>
      <translation>Cannot read database "{path}": {detail}. Check the file permissions or choose another database file.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>数据库文件“{path}”位于网络共享文件夹上（{share}）。SQLite 数据库放在网络盘上，多台电脑同时使用时可能损坏数据（WAL 模式在网络文件系统上不能正常工作）。请把数据库放在本机硬盘上；多台电脑共用一个数据库时，请改用 PostgreSQL 数据库服务器。</source>
      <translation>Database file "{path}" is in a network shared folder ({share}). An SQLite database on a network drive may be corrupted when several computers use it at the same time (WAL mode does not work properly on network file systems). Keep the database on this computer's local disk; if several computers share one database, use a PostgreSQL database server instead.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>备份文件“{path}”不存在。</source>
      <translation>Backup file "{path}" does not exist.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>文件“{path}”不是 SQLite 数据库备份，不能用来恢复。数据库未作任何改动。</source>
      <translation>File "{path}" is not an SQLite database backup and cannot be used for a restore. The database has not been changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>文件“{path}”不是 PostgreSQL 的备份文件（pg_dump 自定义格式）：{detail}。数据库未作任何改动。</source>
      <translation>File "{path}" is not a PostgreSQL backup file (pg_dump custom format): {detail}. The database has not been changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>备份文件“{path}”已损坏（完整性检查未通过），不能用来恢复，请选择其他备份。数据库未作任何改动。</source>
      <translation>Backup file "{path}" is damaged (integrity check failed) and cannot be used for a restore; choose another backup. The database has not been changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>文件“{path}”不是本系统的数据库备份（没有案件表或数据库版本记录），不能用来恢复。数据库未作任何改动。</source>
      <translation>File "{path}" is not a database backup of this system (it has no case table or database version record) and cannot be used for a restore. The database has not been changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>备份文件“{path}”由更新版本的程序创建（数据库版本 {found_revision}，本程序支持到 {app_revision}），本程序不能恢复它。请升级程序后再恢复。数据库未作任何改动。</source>
      <translation>Backup file "{path}" was created by a newer version of the program (database version {found_revision}; this program supports up to {app_revision}), so this program cannot restore it. Upgrade the program, then restore. The database has not been changed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>备份文件“{path}”就是要恢复的数据库本身，请选择备份文件夹中的一个备份。</source>
      <translation>Backup file "{path}" is the very database being restored. Choose a backup in the backup folder.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>“{path}”不是本系统的数据库。为免覆盖其他程序的数据，不能把备份恢复到这个文件，请选择本系统的数据库文件。</source>
      <translation>"{path}" is not a database of this system. To avoid overwriting another program's data, the backup cannot be restored to this file. Choose this system's database file.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>恢复数据库“{path}”失败：{detail}。恢复前的数据库已保存在备份文件夹中。</source>
      <translation>Restoring database "{path}" failed: {detail}. The database as it was before the restore has been saved in the backup folder.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>备份已取消，没有留下不完整的备份文件。</source>
      <translation>Backup cancelled; no incomplete backup file was left behind.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>没有找到 PostgreSQL 的 {tool} 程序，无法备份或恢复 PostgreSQL 数据库。请安装 PostgreSQL 客户端工具（Windows：PostgreSQL 安装程序中的“Command Line Tools”；Debian/Ubuntu：sudo apt install postgresql-client），并把它所在的 bin 文件夹加入 PATH 环境变量。</source>
      <translation>PostgreSQL's {tool} program was not found, so the PostgreSQL database cannot be backed up or restored. Install the PostgreSQL client tools (Windows: "Command Line Tools" in the PostgreSQL installer; Debian/Ubuntu: sudo apt install postgresql-client) and add their bin folder to the PATH environment variable.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>{tool} 执行失败：{detail}。请检查数据库地址、用户权限和网络。</source>
      <translation>{tool} failed: {detail}. Check the database address, user permissions and network.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_safety.py" />
      <source>自动备份保留份数应为1至365之间的整数。</source>
      <translation>The number of automatic backups to keep must be a whole number from 1 to 365.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_saved_filters.py" />
      <source>请为要保存的筛选填写一个名称，例如“我的未结监察案件”。</source>
      <translation>Enter a name for the filter to be saved, e.g. "My open inspection cases".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_saved_filters.py" />
      <source>筛选名称最多{max}个字，现在是{length}个字，请改短一些。</source>
      <translation>A filter name can be at most {max} characters; it is now {length}. Please shorten it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_saved_filters.py" />
      <source>已有名为“{name}”的筛选，请换一个名称。</source>
      <translation>A filter named "{name}" already exists. Choose another name.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_saved_filters.py" />
      <source>“{list_key}”不是可以保存筛选的案件列表。</source>
      <translation>"{list_key}" is not a case list that can save filters.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_saved_filters.py" />
      <source>找不到这个保存的筛选，可能已被删除，请重新选择。</source>
      <translation>This saved filter cannot be found; it may have been deleted. Choose again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_saved_filters.py" />
      <source>当前没有登录的用户，无法保存筛选。</source>
      <translation>No user is logged in, so the filter cannot be saved.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_setup.py" />
      <source>本数据库已经完成初始设置（已有用户登录过）。请以管理员身份登录，在“设置”中修改。</source>
      <translation>This database has already completed initial setup (a user has logged in). Log in as an administrator and make changes in "Settings".</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_setup.py" />
      <source>数据库中没有可用的管理员账号，无法完成初始设置。</source>
      <translation>There is no usable administrator account in the database, so initial setup cannot be completed.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_setup.py" />
      <source>本机关所在地区</source>
      <translation>This office's region</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_setup.py" />
      <source>劳动保障监察机构</source>
      <translation>Labour inspection agency</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_setup.py" />
      <source>仲裁委员会名称</source>
      <translation>Arbitration commission name</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_setup.py" />
      <source>文号代字</source>
      <translation>Document number prefix</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_setup.py" />
      <source>管理员姓名</source>
      <translation>Administrator name</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_setup.py" />
      <source>再次输入密码</source>
      <translation>Re-enter password</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_statistics.py" />
      <source>请填写统计期间的起止日期。</source>
      <translation>Enter the start and end dates of the reporting period.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_statistics.py" />
      <source>统计期间的结束日期（{end}）早于开始日期（{start}），请调整。</source>
      <translation>The end date of the reporting period ({end}) is earlier than the start date ({start}). Please adjust it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_statistics.py" />
      <source>统计期间共{days}天，超过十年，请缩短期间。</source>
      <translation>The reporting period is {days} days long, more than ten years. Please shorten it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_statistics.py" />
      <source>统计已取消，未生成报表。</source>
      <translation>Statistics cancelled; no report was generated.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_statistics.py" />
      <source>日期“{text}”无法识别，请按 2026-11-01 的格式填写。</source>
      <translation>Date "{text}" not recognised. Use the format 2026-11-01.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>尚未登录，请先登录。</source>
      <translation>Not logged in. Please log in first.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>当前用户已被停用，请联系管理员。</source>
      <translation>The current user has been deactivated. Contact an administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>当前用户（{role}）无权{action}；{roles}可以办理。</source>
      <translation>The current user ({role}) has no permission for "{action}"; {roles} can do this.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>用户名或密码不正确。连续输错{limit}次将锁定{minutes}分钟（还可尝试{left}次）。</source>
      <translation>Incorrect user name or password. After {limit} wrong attempts in a row the account is locked for {minutes} minutes ({left} attempts left).</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>该用户因连续输错密码已被锁定，请于{until}后再试，或请管理员解锁。</source>
      <translation>This user is locked after too many wrong passwords in a row. Try again after {until}, or ask an administrator to unlock it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>该用户已被停用，请联系管理员。</source>
      <translation>This user has been deactivated. Contact an administrator.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>该用户尚未设置密码，请管理员为其设置初始密码。</source>
      <translation>This user has no password yet. Ask an administrator to set an initial password.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>密码至少{length}个字符。</source>
      <translation>The password must be at least {length} characters.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>密码应同时包含字母和数字。</source>
      <translation>The password must contain both letters and digits.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>密码不能与用户名相同。</source>
      <translation>The password cannot be the same as the user name.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>两次输入的新密码不一致。</source>
      <translation>The two new passwords do not match.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>原密码不正确。</source>
      <translation>The current password is incorrect.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>新密码不能与原密码相同。</source>
      <translation>The new password cannot be the same as the current one.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>用户名应为3至30位字母、数字、下划线或点，例如 lina 或 wang.qiang。</source>
      <translation>The user name must be 3 to 30 letters, digits, underscores or dots, e.g. lina or wang.qiang.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>用户名“{username}”已被使用，请换一个。</source>
      <translation>User name "{username}" is already taken. Choose another.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>请填写姓名。</source>
      <translation>Enter the name.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>请选择角色。</source>
      <translation>Choose a role.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>找不到该用户（编号 {user_id}），请刷新列表。</source>
      <translation>User not found (ID {user_id}). Refresh the list.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>不能停用或改变最后一名管理员的角色，否则将无人能管理系统。</source>
      <translation>The last administrator cannot be deactivated or have their role changed; otherwise no one could manage the system.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>不能停用正在使用的本人账号。</source>
      <translation>You cannot deactivate your own account while using it.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>本案已被其他工作站的用户修改：{changes}。请核对最新情况后再办理；您填写的内容已保留。</source>
      <translation>This case has been changed by a user at another workstation: {changes}. Check the latest information before proceeding; what you entered has been kept.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>所选承办人不存在或已停用，请重新选择。</source>
      <translation>The selected officer in charge does not exist or has been deactivated. Choose again.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>该案件的承办人已是{name}。</source>
      <translation>The officer in charge of this case is already {name}.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/messages_users.py" />
      <source>变更承办人时请填写变更原因。</source>
      <translation>Enter the reason for changing the officer in charge.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>监察案件案号格式</source>
      <translation>Inspection case number format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>人社监投字</source>
      <translation>HRSS Insp. Compl.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>仲裁案件案号格式</source>
      <translation>Arbitration case number format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>劳人仲案字</source>
      <translation>Lab. Pers. Arb. Case</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>监察通知类文号格式</source>
      <translation>Inspection notice number format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>人社监通字</source>
      <translation>HRSS Insp. Notice</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>调查询问书文号格式</source>
      <translation>Inquiry notice number format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>人社监询字</source>
      <translation>HRSS Insp. Inquiry</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>限期改正指令书文号格式</source>
      <translation>Order to rectify number format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>人社监令字</source>
      <translation>HRSS Insp. Order</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>事先告知书文号格式</source>
      <translation>Advance notice number format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>人社监罚先告字</source>
      <translation>HRSS Insp. Penalty Adv. Notice</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>行政处罚决定书文号格式</source>
      <translation>Administrative penalty decision number format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>人社监罚字</source>
      <translation>HRSS Insp. Penalty</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>行政处理决定书文号格式</source>
      <translation>Administrative decision number format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>人社监处字</source>
      <translation>HRSS Insp. Decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>涉嫌犯罪案件移送书文号格式</source>
      <translation>Criminal case transfer letter number format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>人社监移字</source>
      <translation>HRSS Insp. Transfer</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>失信名单文书文号格式</source>
      <translation>Blacklist document number format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>人社失信列字</source>
      <translation>HRSS Blacklist</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>法律援助转介函文号格式</source>
      <translation>Legal aid referral letter number format</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>人社函</source>
      <translation>HRSS Letter</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>大队</source>
      <translation>Brigade</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/office_setup.py" />
      <source>支队</source>
      <translation>Detachment</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>个工作日</source>
      <translation> working days</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>日</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>个月</source>
      <translation> months</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>年</source>
      <translation> years</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>限期支付期限届满</source>
      <translation>Expiry of the payment deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>开庭日</source>
      <translation>Hearing date</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>代码</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>适用案件类型</source>
      <translation>Case types</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>起算事件</source>
      <translation>Start event</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>起算日期字段</source>
      <translation>Start date field</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>向前倒计</source>
      <translation>Count backwards</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>期限长度</source>
      <translation>Period length</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>计算单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>末日顺延</source>
      <translation>Roll over last day</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>责任方</source>
      <translation>Responsible party</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>延长批准人</source>
      <translation>Extension approved by</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>法律依据</source>
      <translation>Legal basis</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>（自然日，</source>
      <translation> (calendar days, </translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>末日遇休息日顺延）</source>
      <translation>extended to the next working day if the last day is a rest day)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>届满之日不顺延）</source>
      <translation>not extended if the last day is a rest day)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>或</source>
      <translation> or </translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>不能为空</source>
      <translation>must not be empty</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>不能为空：向前倒计的期限须指明从哪个日期倒计</source>
      <translation>must not be empty: a period counted backwards must state which date it counts back from</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>向前倒计的期限只能按工作日或自然日计算</source>
      <translation>A period counted backwards can only be counted in working days or calendar days</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>不能为空：可延长的期限须指明延长事件</source>
      <translation>must not be empty: an extendable period must state its extension event</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>早于生效日期</source>
      <translation>is earlier than the effective date</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>应为整数</source>
      <translation>must be a whole number</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>工作日</source>
      <translation>working days</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>其他机关</source>
      <translation>Other authority</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>已逾期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>已中止计算</source>
      <translation>Counting suspended</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>已届满</source>
      <translation>Expired</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>已延长。</source>
      <translation>Extended.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/periods.py" />
      <source>目前处于中止状态，期限暂停计算。</source>
      <translation>Currently suspended; the period is paused.</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/permissions.py" />
      <source>办理监察案件</source>
      <translation>Handle inspection cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/permissions.py" />
      <source>办理仲裁案件</source>
      <translation>Handle arbitration cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/permissions.py" />
      <source>登记办理节点</source>
      <translation>Record procedural steps</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/permissions.py" />
      <source>办理失信名单</source>
      <translation>Handle blacklist</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/permissions.py" />
      <source>办理法律援助转交</source>
      <translation>Handle legal aid referrals</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/permissions.py" />
      <source>制作和送达文书</source>
      <translation>Draft and serve documents</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/permissions.py" />
      <source>查看完整身份证号码和电话</source>
      <translation>View full ID and phone numbers</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/permissions.py" />
      <source>查看操作日志</source>
      <translation>View audit log</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>零一二三四五六七八九</source>
      <translation>0123456789</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>月报</source>
      <translation>Monthly report</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>季报</source>
      <translation>Quarterly report</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>年报</source>
      <translation>Annual report</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>自定义期间</source>
      <translation>Custom period</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>收案数（件）</source>
      <translation>Cases received</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>其中集体案件（件）</source>
      <translation>Of which collective</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>涉及劳动者（人）</source>
      <translation>Workers involved</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>请求金额（元）</source>
      <translation>Amount claimed (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>结案数（件）</source>
      <translation>Cases closed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>追回工资（元）</source>
      <translation>Wages recovered (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>获支付劳动者（人）</source>
      <translation>Workers paid</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>涉及案件（件）</source>
      <translation>Cases involved</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>支付笔数</source>
      <translation>Payments</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>届满期限（个）</source>
      <translation>Deadlines expired</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>按期办结</source>
      <translation>Completed on time</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>逾期办结</source>
      <translation>Completed late</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>逾期未办结</source>
      <translation>Overdue, not completed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>尚未届满</source>
      <translation>Not yet expired</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>按期率</source>
      <translation>On-time rate</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>收案情况（按案件类型）</source>
      <translation>Cases received (by case type)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>收案情况（按来源渠道）</source>
      <translation>Cases received (by source channel)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>收案情况（按用工所在地）</source>
      <translation>Cases received (by place of work)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>县（市、区）</source>
      <translation>County (city, district)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>收案情况（按行业）</source>
      <translation>Cases received (by industry)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>结案情况（按结案方式）</source>
      <translation>Cases closed (by closing method)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>结案方式</source>
      <translation>Closing method</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>结案情况（按案件类型）</source>
      <translation>Cases closed (by case type)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>结案情况（按用工所在地）</source>
      <translation>Cases closed (by place of work)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>结案情况（按行业）</source>
      <translation>Cases closed (by industry)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>为劳动者追回工资（按支付主体）</source>
      <translation>Wages recovered for workers (by payer)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>支付主体</source>
      <translation>Payer</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>为劳动者追回工资（按案件类型）</source>
      <translation>Wages recovered for workers (by case type)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>涉嫌拒不支付劳动报酬罪移送公安机关</source>
      <translation>Transfers to the police for suspected refusal to pay labour remuneration</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>失信联合惩戒对象名单</source>
      <translation>Joint-punishment list of dishonest employers</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>法律援助机构答复</source>
      <translation>Legal aid centre's reply</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>法定期限执行情况（按期限）</source>
      <translation>Compliance with statutory deadlines (by deadline)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>法定期限执行情况（按承办人）</source>
      <translation>Compliance with statutory deadlines (by officer in charge)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>文书送达情况</source>
      <translation>Service of documents</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>在办案件（按办理环节）</source>
      <translation>Cases in progress (by stage)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>办理环节</source>
      <translation>Stage</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>在办案件（按承办人）</source>
      <translation>Cases in progress (by officer in charge)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>本机关期限（按承办人）</source>
      <translation>Your office's deadlines (by officer in charge)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>责令支付后结案</source>
      <translation>Closed after order to pay</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>作出处理决定后结案</source>
      <translation>Closed after administrative decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>移送公安机关后结案</source>
      <translation>Closed after transfer to the police</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>裁决结案</source>
      <translation>Closed by award</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>申请人撤回</source>
      <translation>Withdrawn by claimant</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>其他方式结案</source>
      <translation>Closed otherwise</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>列入名单</source>
      <translation>Listed</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>期满移出</source>
      <translation>Removed on expiry</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>提前移出</source>
      <translation>Removed early</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>撤销列入</source>
      <translation>Listing revoked</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>给予法律援助</source>
      <translation>Legal aid granted</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>不予法律援助</source>
      <translation>Legal aid refused</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>尚未答复</source>
      <translation>No reply yet</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>即将届满</source>
      <translation>Expiring soon</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>十</source>
      <translation>ten</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>移送案件（件）</source>
      <translation>Cases transferred</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>涉及金额（元）</source>
      <translation>Amount involved (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>名单（条）</source>
      <translation>List entries</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>转交申请（件）</source>
      <translation>Referrals</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>其中紧急（件）</source>
      <translation>Of which urgent</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>需送达文书（份）</source>
      <translation>Documents to be served</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>已送达（份）</source>
      <translation>Served</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>未登记送达（份）</source>
      <translation>Service not recorded</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>送达率</source>
      <translation>Service rate</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>合计</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../wagecase/domain/statistics.py" />
      <source>待审批（件）</source>
      <translation>Pending approval</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/approvals.py" />
      <source>待</source>
      <translation>Pending </translation>
    </message>
    <message>
      <location filename="../../wagecase/services/approvals.py" />
      <source>等</source>
      <translation> etc.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>{name}：{due}，{days}</source>
      <translation>{name}: {due}, {days}</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>一般程序</source>
      <translation>Ordinary procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>简易处理</source>
      <translation>Simplified procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>独任仲裁员</source>
      <translation>Sole arbitrator</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>首席仲裁员</source>
      <translation>Presiding arbitrator</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>书记员</source>
      <translation>Clerk</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>已排期</source>
      <translation>Scheduled</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>已延期</source>
      <translation>Postponed</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>已取消</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>收到日期</source>
      <translation>Date received</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>签收日期</source>
      <translation>Date signed for</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>反悔日期</source>
      <translation>Date retracted</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>农民工追索劳动报酬案件，优先立案、优先审理</source>
      <translation>Migrant workers' wage claims are registered and heard with priority</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>不属于劳动人事争议处理范围</source>
      <translation>Outside the scope of labour and personnel dispute resolution</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>没有明确的仲裁请求和事实、理由</source>
      <translation>No specific arbitration claim, facts or reasons</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>申请人与本案没有直接利害关系或者没有明确的被申请人</source>
      <translation>The claimant has no direct interest in the case, or there is no identifiable respondent</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>就同一争议事项重复申请（《劳动人事争议仲裁办案规则》第三十四条）</source>
      <translation>Repeat application on the same dispute (Art. 34, Rules for Handling Labour and Personnel Dispute Arbitration Cases)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>事实清楚、权利义务关系明确、争议不大</source>
      <translation>Facts are clear, rights and obligations are well defined, and little is in dispute</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>标的额不超过本省上年度职工年平均工资</source>
      <translation>Amount in dispute does not exceed the province's average annual wage of employees for the previous year</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>双方当事人同意简易处理</source>
      <translation>Both parties agree to the simplified procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>同意缩短答辩期</source>
      <translation>Agrees to shorten the defence period</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>同意放弃答辩期</source>
      <translation>Agrees to waive the defence period</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>受理并与本请求合并审理</source>
      <translation>Accept and hear together with this claim</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>不予受理（告知另行申请仲裁）</source>
      <translation>Reject (advise a separate arbitration application)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>异议不成立，驳回</source>
      <translation>Objection not upheld; dismissed</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>异议成立，移送有管辖权的仲裁委员会</source>
      <translation>Objection upheld; transfer to the arbitration commission with jurisdiction</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>驳回回避申请</source>
      <translation>Dismiss recusal request</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>决定回避（须补足仲裁员）</source>
      <translation>Recusal granted (a replacement arbitrator is needed)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>须以工伤认定或劳动能力鉴定结论为依据，尚未作出</source>
      <translation>Depends on a work-injury determination or work-capacity assessment not yet made</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>须以相关案件的审理结果为依据，相关案件尚未审结</source>
      <translation>Depends on the outcome of a related case that has not yet concluded</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>用人单位终止，尚未确定权利义务承继者</source>
      <translation>The employer has ceased to exist and no successor to its rights and obligations has been determined</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>劳动者死亡，需要等待继承人表明是否参加仲裁</source>
      <translation>The worker has died; waiting for the heirs to state whether they will join the arbitration</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>其他应当中止审理的情形</source>
      <translation>Other grounds for suspending the hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>申请</source>
      <translation>Application</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>组庭</source>
      <translation>Tribunal</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>调解/裁决</source>
      <translation>Mediation/award</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>组成仲裁庭并书面通知当事人</source>
      <translation>Form the tribunal and notify the parties in writing</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>开庭审理：</source>
      <translation>Hearing: </translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>集体劳动争议应当由三名仲裁员组成仲裁庭</source>
      <translation>A collective labour dispute must be heard by a tribunal of three arbitrators</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>需补正的全部材料</source>
      <translation>All materials to be supplemented</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>具体说明</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>有管辖权的仲裁委员会</source>
      <translation>Arbitration commission with jurisdiction</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>被申请人的意见</source>
      <translation>Respondent's opinion</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>记录方式</source>
      <translation>How recorded</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>处理结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>反申请请求</source>
      <translation>Counterclaim</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>异议理由</source>
      <translation>Grounds for objection</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>申请回避的仲裁员</source>
      <translation>Arbitrator challenged</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>适用简易处理的情形</source>
      <translation>Grounds for the simplified procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>到庭情况</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>开庭通知是否经当事人确认</source>
      <translation>Hearing notice confirmed by the parties?</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>中止理由</source>
      <translation>Reason for suspension</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>调解协议内容</source>
      <translation>Terms of the mediation agreement</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>反悔的当事人及理由</source>
      <translation>Retracting party and reasons</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>简易处理可由一名仲裁员独任仲裁（《劳动争议调解仲裁法》第三十一条）</source>
      <translation>Under the simplified procedure a sole arbitrator may hear the case (Art. 31, Labour Dispute Mediation and Arbitration Law)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>一次性告知，如：被申请人的住所、仲裁请求所依据的事实</source>
      <translation>List everything at once, e.g. the respondent's domicile, the facts on which the claims are based</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>如：开封市劳动人事争议仲裁委员会</source>
      <translation>e.g. Kaifeng Labour and Personnel Dispute Arbitration Commission</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>同意缩短的，填写双方确认的日期；放弃答辩期的不填</source>
      <translation>If shortened, enter the date confirmed by both parties; leave blank if the defence period is waived</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>如：被申请人签字确认的笔录</source>
      <translation>e.g. a record signed by the respondent</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>如：请求申请人返还借支的生活费2,000元</source>
      <translation>e.g. a claim that the claimant repay 2,000 yuan of living expenses advanced</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>异议成立时填写</source>
      <translation>Fill in if the objection is upheld</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>符合其一即可（《劳动人事争议仲裁办案规则》第五十六条）</source>
      <translation>Any one is sufficient (Art. 56, Rules for Handling Labour and Personnel Dispute Arbitration Cases)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>简易处理中未经确认的电话、短信通知，不得按撤回申请处理或缺席裁决</source>
      <translation>Under the simplified procedure, an unconfirmed notice by phone or text message cannot be grounds for treating the application as withdrawn or for an award by default</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>如：被申请人于2026年4月10日前支付申请人工资12,000元</source>
      <translation>e.g. the respondent pays the claimant wages of 12,000 yuan by 2026-04-10</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>已确认（书面送达或当事人已确认收到）</source>
      <translation>Confirmed (served in writing, or receipt confirmed by the party)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/arbitration.py" />
      <source>以电话、短信等方式通知，未经确认</source>
      <translation>Notified by phone, text message, etc.; not confirmed</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/audit_view.py" />
      <source>系统</source>
      <translation>System</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/audit_view.py" />
      <source>编号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/audit_view.py" />
      <source>修改前（原始记录）</source>
      <translation>Before (raw record)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/audit_view.py" />
      <source>修改后（原始记录）</source>
      <translation>After (raw record)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/audit_view.py" />
      <source>校验值</source>
      <translation>Checksum</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/audit_view.py" />
      <source>操作日志完整：共 0 条（尚无记录）。</source>
      <translation>Audit log intact: 0 entries (no entries yet).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/audit_view.py" />
      <source>上次核验时</source>
      <translation>at the last verification</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/awards.py" />
      <source>仲裁裁决书</source>
      <translation>Arbitral award</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/awards.py" />
      <source>先予执行裁决书</source>
      <translation>Advance-enforcement award</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/awards.py" />
      <source>劳动标准争议</source>
      <translation>Labour standards dispute</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/awards.py" />
      <source>裁决金额填写有误，暂无法判断是否终局。</source>
      <translation>The award amounts contain errors; whether the award is final cannot be determined yet.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/awards.py" />
      <source>裁决日</source>
      <translation>Award date</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/awards.py" />
      <source>受理日</source>
      <translation>Acceptance date</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/awards.py" />
      <source>文号待补</source>
      <translation>Document number pending</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>法定代表人或主要负责人</source>
      <translation>Legal representative or principal person in charge</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>直接责任人</source>
      <translation>Directly responsible person</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>已足额支付并作出书面信用承诺（人力资源社会保障部令第45号第七条）</source>
      <translation>Paid in full and gave a written credit undertaking (Art. 7, MOHRSS Order No. 45)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>经核实不符合列入条件（人力资源社会保障部令第45号第五条）</source>
      <translation>Listing conditions found not met on verification (Art. 5, MOHRSS Order No. 45)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>异议不成立，维持拟列入</source>
      <translation>Objection not upheld; proposed listing maintained</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>异议成立，不予列入</source>
      <translation>Objection upheld; not listed</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>不予提前移出</source>
      <translation>Refuse early removal</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>列入</source>
      <translation>Listing</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>移出</source>
      <translation>Removal</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>收到异议日期</source>
      <translation>Date objection received</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>异议内容</source>
      <translation>Objection</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>核实结果</source>
      <translation>Verification result</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>批准的负责人</source>
      <translation>Approved by (head of office)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>延长理由</source>
      <translation>Reason for extension</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>决定日期</source>
      <translation>Decision date</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>列入决定书文号</source>
      <translation>Listing decision No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>列入事由</source>
      <translation>Grounds for listing</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>不予列入理由</source>
      <translation>Reasons for not listing</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>改正（足额支付）日期</source>
      <translation>Date corrected (paid in full)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>是否提交书面信用承诺</source>
      <translation>Written credit undertaking submitted?</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>列入期间是否有新的拖欠</source>
      <translation>New arrears during the listing period?</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>是否因拒不支付劳动报酬罪被追究或正在追究</source>
      <translation>Prosecuted, or being prosecuted, for the crime of refusing to pay labour remuneration?</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>移出日期</source>
      <translation>Removal date</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>事件发生日期</source>
      <translation>Date of incident</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>事件情况</source>
      <translation>Incident details</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>恢复列入日期</source>
      <translation>Date listing restored</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>以欺骗等不正当手段取得提前移出的事实</source>
      <translation>Facts showing that early removal was obtained by deception or other improper means</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>撤销日期</source>
      <translation>Revocation date</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>限期改正指令书被撤销的依据</source>
      <translation>Basis for revoking the order to rectify</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>每行一人：姓名，身份证号码，职务；如：王某，410105198001011234，项目经理</source>
      <translation>One person per line: name, ID number, role; e.g. Wang, 410105198001011234, project manager</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>在“文书”页签制作列入决定书时编号</source>
      <translation>Numbered when the listing decision is drafted on the "Documents" tab</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>留空时按法律要件的判断写明</source>
      <translation>If left blank, the assessment of the legal requirements is used</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>列入期间未改正或者又发生拖欠</source>
      <translation>Not corrected during the listing period, or arrears recurred</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>如：劳动者30余人聚集讨薪，堵塞道路，造成恶劣社会影响</source>
      <translation>e.g. over 30 workers gathered to demand their wages and blocked the road, causing a serious adverse social impact</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>如：郑州市人民政府行政复议决定书（郑政复决〔2026〕12号）</source>
      <translation>e.g. administrative review decision of the Zhengzhou Municipal People's Government (Zheng Zheng Fu Jue [2026] No. 12)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>否（另行填写主要负责人）</source>
      <translation>No (enter the principal person in charge separately)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/blacklist.py" />
      <source>今日到期</source>
      <translation>Due today</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_facts.py" />
      <source>（待填写）</source>
      <translation>(to be completed)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_facts.py" />
      <source>郑州市人力资源和社会保障局</source>
      <translation>Zhengzhou Municipal Human Resources and Social Security Bureau</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_facts.py" />
      <source>郑州市劳动保障监察支队</source>
      <translation>Zhengzhou Labour Security Supervision Detachment</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_facts.py" />
      <source>郑州市劳动人事争议仲裁委员会</source>
      <translation>Zhengzhou Labour and Personnel Dispute Arbitration Commission</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_facts.py" />
      <source>郑州市人民政府</source>
      <translation>Zhengzhou Municipal People's Government</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_facts.py" />
      <source>郑州市金水区人民法院</source>
      <translation>Jinshui District People's Court, Zhengzhou</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_facts.py" />
      <source>郑州市中级人民法院</source>
      <translation>Zhengzhou Intermediate People's Court</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_facts.py" />
      <source>直接责任人员</source>
      <translation>Directly responsible persons</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_facts.py" />
      <source>劳动标准</source>
      <translation>Labour standards</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rows.py" />
      <source>中止</source>
      <translation>Suspended</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rows.py" />
      <source>今日届满</source>
      <translation>Expires today</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rules.py" />
      <source>{name}：{kind}</source>
      <translation>{name}: {kind}</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rules.py" />
      <source>{name}：{reasons}</source>
      <translation>{name}: {reasons}</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rules.py" />
      <source>受理条件（投诉）</source>
      <translation>Acceptance conditions (complaint)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rules.py" />
      <source>加付赔偿金幅度</source>
      <translation>Additional compensation range</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rules.py" />
      <source>涉嫌拒不支付劳动报酬罪（移送公安机关）</source>
      <translation>Suspected crime of refusing to pay labour remuneration (transfer to the police)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rules.py" />
      <source>列入失信联合惩戒名单条件</source>
      <translation>Conditions for the joint-punishment list of dishonest employers</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rules.py" />
      <source>仲裁时效</source>
      <translation>Limitation period</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rules.py" />
      <source>简易处理条件</source>
      <translation>Conditions for the simplified procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rules.py" />
      <source>终局裁决（按请求金额预判）</source>
      <translation>Final award (estimated from the amounts claimed)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rules.py" />
      <source>法律援助：免予核查经济困难状况</source>
      <translation>Legal aid: exempt from the financial hardship check</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/case_rules.py" />
      <source>法律援助：先行提供援助</source>
      <translation>Legal aid: aid provided first</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/deadlines.py" />
      <source>中止期间不计算</source>
      <translation>Not counted while suspended</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/deadlines.py" />
      <source>已于{day}完成</source>
      <translation>Met on {day}</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/deadlines.py" />
      <source>诉</source>
      <translation>v.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/deadlines.py" />
      <source>投诉</source>
      <translation>Complaint</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/deadlines.py" />
      <source>逾期{days}个工作日</source>
      <translation>{days} working days overdue</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/deadlines.py" />
      <source>逾期{days}日</source>
      <translation>{days} days overdue</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/deadlines.py" />
      <source>剩余{days}个工作日</source>
      <translation>{days} working days left</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/deadlines.py" />
      <source>剩余{days}日</source>
      <translation>{days} days left</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/deadlines.py" />
      <source>已届满{days}个工作日</source>
      <translation>Expired {days} working days ago</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/deadlines.py" />
      <source>已届满{days}日</source>
      <translation>Expired {days} days ago</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/documents.py" />
      <source>草稿</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/documents.py" />
      <source>随程序提供的模板</source>
      <translation>Template supplied with the program</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/documents.py" />
      <source>被投诉人或被申请人</source>
      <translation>Party complained against or respondent</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/documents.py" />
      <source>失信名单当事人</source>
      <translation>Blacklist party</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/documents.py" />
      <source>法律援助申请人</source>
      <translation>Legal aid applicant</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>所在区县代码</source>
      <translation>County/district code</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>导入后的案件尚未指定承办人，请在案件中指定。</source>
      <translation>The imported case has no officer in charge yet. Assign one in the case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>新建，按本机的案号规则编号</source>
      <translation>Create new, numbered under this computer's case number rules</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>按统一社会信用代码关联本地已有记录</source>
      <translation>Link to existing local record by unified social credit code</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>按名称关联本地已有记录（无统一社会信用代码）</source>
      <translation>Link to existing local record by name (no unified social credit code)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>按身份证号码关联本地已有记录</source>
      <translation>Link to existing local record by ID number</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>复制到本机</source>
      <translation>Copy to this computer</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>作为收到的证据材料保存，不重新编号</source>
      <translation>Save as received evidence, not renumbered</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>照录，并记下来源</source>
      <translation>Copy as is, noting the source</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>照录</source>
      <translation>Copy as is</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>新建</source>
      <translation>Create new</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange.py" />
      <source>（未命名）</source>
      <translation>(unnamed)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>导出机关</source>
      <translation>Exporting office</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>办理状态</source>
      <translation>Handling status</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>仲裁程序</source>
      <translation>Arbitration procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>结案时间</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>案件的案号</source>
      <translation>Case number</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>承包链条</source>
      <translation>Contracting chain</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>个人信息</source>
      <translation>Personal information</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>劳动者的序号</source>
      <translation>Worker no.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>清单</source>
      <translation>Manifest</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>班组长身份证号码</source>
      <translation>Crew leader's ID number</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>文书编号</source>
      <translation>Document number</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>格式版本</source>
      <translation>Format version</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>程序版本</source>
      <translation>Program version</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>，已作废</source>
      <translation>, voided</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>上级</source>
      <translation>Upper tier</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>承包单位</source>
      <translation>Contractor</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>身份</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>代表</source>
      <translation>Representative</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>入职日期</source>
      <translation>Joining date</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>班组长姓名</source>
      <translation>Crew leader's name</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/exchange_manifest.py" />
      <source>班组长电话</source>
      <translation>Crew leader's phone</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/holiday_years.py" />
      <source>节假日</source>
      <translation>Holidays</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/holiday_years.py" />
      <source>无数据，期限按周末推算并标注“暂定”</source>
      <translation>No data; deadlines are calculated from weekends only and marked "provisional"</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/holiday_years.py" />
      <source>随软件提供（chinesecalendar）</source>
      <translation>Shipped with the software (chinesecalendar)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>听证日期</source>
      <translation>Hearing date</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>农民工工资专用账户</source>
      <translation>Dedicated migrant worker wage account</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>工资保证金</source>
      <translation>Wage guarantee deposit</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>应急周转金先行垫付</source>
      <translation>Advance from the emergency fund</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>银行转账</source>
      <translation>Bank transfer</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>现金</source>
      <translation>Cash</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>违法行为发生已超过二年（《劳动保障监察条例》第二十条）</source>
      <translation>The violation occurred more than two years ago (Regulations on Labour Security Supervision, Art. 20)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>不属于劳动保障监察事项，告知向有关机关申请处理</source>
      <translation>Not a labour inspection matter; complainant told to apply to the relevant authority</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>已申请劳动争议调解、仲裁或者提起诉讼（《劳动保障监察条例》第二十一条）</source>
      <translation>Labour dispute mediation or arbitration already applied for, or a lawsuit already filed (Regulations on Labour Security Supervision, Art. 21)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>没有明确的被投诉用人单位</source>
      <translation>No identifiable employer complained against</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>受理立案</source>
      <translation>Acceptance and case opening</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>调查</source>
      <translation>Investigation</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>责令改正</source>
      <translation>Order to rectify</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>处理决定</source>
      <translation>Administrative decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>决定立案</source>
      <translation>Case opened</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>决定不予立案</source>
      <translation>Case not opened</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>，可依法提请公安机关复议</source>
      <translation>, may apply to the police for reconsideration in accordance with the law</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>责令支付的单位</source>
      <translation>Parties ordered to pay</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>加付赔偿金比例（%）</source>
      <translation>Additional compensation rate (%)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>罚款金额（元）</source>
      <translation>Fine (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>申请内容</source>
      <translation>Request details</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>听证意见</source>
      <translation>Hearing opinion</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>公安机关名称</source>
      <translation>Police authority</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>通知书文号</source>
      <translation>Notice number</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>如：用人单位名称及地址、欠薪期间的考勤记录</source>
      <translation>E.g. the employer's name and address, attendance records for the arrears period</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>责令支付工资的最后一日</source>
      <translation>Last day for paying the wages as ordered</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>如：《保障农民工工资支付条例》第五十五条</source>
      <translation>E.g. Regulations on Guaranteeing Payment of Migrant Workers' Wages, Art. 55</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>听证主持人的处理意见</source>
      <translation>The hearing officer's recommendation</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/inspection.py" />
      <source>施工总承包单位对分包单位拖欠的工资先行清偿（《保障农民工工资支付条例》第三十条）</source>
      <translation>General contractor pays first the wages owed by the subcontractor (Regulations on Guaranteeing Payment of Migrant Workers' Wages, Art. 30)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/intake.py" />
      <source>仲裁申请</source>
      <translation>Arbitration application</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>决定不予援助</source>
      <translation>Aid refused</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>援助结束</source>
      <translation>Aid concluded</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>尚未记录告知申请法律援助的权利</source>
      <translation>Informing of the right to apply for legal aid not yet recorded</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>（未选择机构）</source>
      <translation>(no centre selected)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>代表人</source>
      <translation>Representative</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>，紧急</source>
      <translation>, urgent</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>不予援助的理由</source>
      <translation>Reason for refusing aid</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>指派日期</source>
      <translation>Assignment date</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>律师事务所或法律援助机构</source>
      <translation>Law firm or legal aid centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>援助结果</source>
      <translation>Aid outcome</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>转交法律援助申请期限</source>
      <translation>Period to forward a legal aid application</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>法律援助机构书面说明的理由</source>
      <translation>Reasons stated in writing by the legal aid centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid.py" />
      <source>如：代理仲裁，裁决支付工资8,600元</source>
      <translation>E.g. represented in arbitration; award of 8,600 yuan in wages</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid_centres.py" />
      <source>郑州市法律援助中心（示例）</source>
      <translation>Zhengzhou Legal Aid Centre (example)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid_centres.py" />
      <source>郑州市某某路1号（示例）</source>
      <translation>1 XX Road, Zhengzhou (example)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid_centres.py" />
      <source>金水区法律援助工作站（示例）</source>
      <translation>Jinshui District Legal Aid Workstation (example)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid_centres.py" />
      <source>郑州市金水区劳动人事争议仲裁院一楼（示例）</source>
      <translation>Ground floor, Jinshui District Labour and Personnel Dispute Arbitration Court, Zhengzhou (example)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid_centres.py" />
      <source>开封市法律援助中心（示例）</source>
      <translation>Kaifeng Legal Aid Centre (example)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/legal_aid_centres.py" />
      <source>开封市某某街2号（示例）</source>
      <translation>2 XX Street, Kaifeng (example)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/listing_views.py" />
      <source>人社部令第45号</source>
      <translation>MOHRSS Order No. 45</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/listing_views.py" />
      <source>人社部规〔2017〕16号</source>
      <translation>MOHRSS Rules [2017] No. 16</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/office_setup.py" />
      <source>市本级：各县（市、区）适用的最低工资档次见“设置 → 最低工资档次（县区）”。</source>
      <translation>City level: for the minimum wage tier of each county (county-level city, district), see "Settings → Minimum wage tier (county/district)".</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/office_setup.py" />
      <source>该地区的最低工资档次或标准尚未录入，请在“设置 → 最低工资档次（县区）”中补充。</source>
      <translation>The minimum wage tier or standard for this area has not been entered. Add it under "Settings → Minimum wage tier (county/district)".</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/office_setup.py" />
      <source>该地区现行适用第{tier}档最低工资标准：每月 {monthly} 元（{document_no}）。</source>
      <translation>Minimum wage in force here: tier {tier}, {monthly} yuan a month ({document_no}).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/office_setup.py" />
      <source>系统管理员</source>
      <translation>System administrator</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/office_setup.py" />
      <source>区</source>
      <translation>District</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/path_inputs.py" />
      <source>留空为今天</source>
      <translation>Leave blank for today</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/publication.py" />
      <source>yyyy"年"m"月"d"日"</source>
      <translation>yyyy-mm-dd</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/publication.py" />
      <source>注：自然人身份证号码按个人信息保护要求脱敏公示。</source>
      <translation>Note: ID numbers of natural persons are masked in the published list to protect personal information.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/publication.py" />
      <source>拖欠农民工工资，经责令限期支付逾期未支付</source>
      <translation>Owed migrant workers' wages and failed to pay by the ordered deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/publication.py" />
      <source>失信主体名称</source>
      <translation>Name of listed party</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/publication.py" />
      <source>统一社会信用代码/身份证号码（脱敏）</source>
      <translation>Unified social credit code/ID number (masked)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/publication.py" />
      <source>主体类型</source>
      <translation>Party type</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/publication.py" />
      <source>列入依据</source>
      <translation>Legal basis for listing</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/publication.py" />
      <source>移出日期（期满日）</source>
      <translation>Removal date (expiry date)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/publication.py" />
      <source>作出决定部门</source>
      <translation>Deciding department</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/publication.py" />
      <source>《保障农民工工资支付条例》第四十八条，《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）第五条</source>
      <translation>Regulations on Guaranteeing Payment of Migrant Workers' Wages, Art. 48; Interim Measures for the Management of the Joint-Punishment List of Dishonest Employers in Arrears of Migrant Workers' Wages (MOHRSS Order No. 45), Art. 5</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/publication.py" />
      <source>《拖欠农民工工资“黑名单”管理暂行办法》（人社部规〔2017〕16号）</source>
      <translation>Interim Measures for the Management of the "Blacklist" of Employers in Arrears of Migrant Workers' Wages (MOHRSS Rules [2017] No. 16)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/queries.py" />
      <source>身份证号码、电话、银行卡号</source>
      <translation>ID number, phone, bank card number</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference.py" />
      <source>河南省月最低工资标准和非全日制用工小时最低工资标准，按类别（一类至三类）和有效期记录。来源：豫政〔2011〕70号、2018年10月1日起标准、豫政〔2021〕33号、豫政〔2023〕43号（金额据政府网站和报刊公布）。2011年标准的小时工资未见原文，2011年至2018年间的历次调整未录入，标为“待核实”。网传2,350/2,150/2,000元的新标准未经核实，未录入。终局裁决的十二个月上限按此表计算。</source>
      <translation>Henan monthly minimum wages and hourly minimum wages for part-time employment, recorded by category (Category 1 to 3) and validity period. Sources: Yu Zheng [2011] No. 70, the standards effective from 1 October 2018, Yu Zheng [2021] No. 33, Yu Zheng [2023] No. 43 (amounts as published on government websites and in the press). The original text of the 2011 hourly rates was not found, and the adjustments between 2011 and 2018 have not been entered; marked "To be verified". The new standards of 2,350/2,150/2,000 yuan circulating online are unverified and have not been entered. The 12-month cap for final awards is calculated from this table.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference.py" />
      <source>河南省各县级行政区适用的最低工资类别。依据豫政〔2011〕70号附件整理：郑州市全部为一类，开封、洛阳按附件，其余各市市辖区为二类、县和县级市为三类（2011年后撤县设区的，沿用原县的类别）。此后各次标准的附件未取得，全部标为“待核实”，请管理员对照现行文件附件逐一核对。</source>
      <translation>The minimum wage category applicable to each county-level division in Henan. Compiled from the annex to Yu Zheng [2011] No. 70: all of Zhengzhou is Category 1; Kaifeng and Luoyang follow the annex; the urban districts of other cities are Category 2, and counties and county-level cities Category 3 (counties converted into districts after 2011 keep their former county's category). The annexes to later standards have not been obtained, so all entries are marked "To be verified"; an administrator should check each one against the annex to the current document.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference.py" />
      <source>本省上年度职工年平均工资，用于判断仲裁简易处理的标的额条件（办案规则第五十六条）。河南省数据未取得，暂以国家统计局全国城镇非私营单位就业人员年平均工资代替并标为“待核实”，须由管理员按省人社厅公布的数据核实修改。</source>
      <translation>The province's average annual wage of employees for the previous year, used to check the amount-in-dispute condition for the simplified arbitration procedure (Case-handling Rules, Art. 56). Henan data has not been obtained; the National Bureau of Statistics' national average annual wage of employees in urban non-private units is used for now and marked "To be verified". An administrator must verify and correct it using the figures published by the provincial Department of Human Resources and Social Security.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference.py" />
      <source>拒不支付劳动报酬罪“数额较大”的标准（法释〔2013〕3号第三条，由各省高级人民法院确定）。河南省：河南省高级人民法院《关于河南省拒不支付劳动报酬犯罪数额认定标准的规定》（2013年5月）。其他省份为据公开报道录入的比较值，待核实。</source>
      <translation>The "relatively large amount" thresholds for the crime of refusing to pay labour remuneration (Judicial Interpretation [2013] No. 3, Art. 3; set by each province's Higher People's Court). Henan: Henan Higher People's Court, "Provisions on the Amount Thresholds for the Crime of Refusing to Pay Labour Remuneration in Henan Province" (May 2013). Values for other provinces were entered from public reports for comparison and are to be verified.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference.py" />
      <source>法定期限目录：起算事件、期限长度、工作日或自然日、末日顺延、可否延长及批准人、中止和重新计算的事件。依据各条所列法律条文整理。修改后，所有未结案件的期限将立即重新计算。</source>
      <translation>Catalogue of statutory deadlines: start event, length, working or calendar days, extension when the last day is a rest day, whether extendable and who approves, and the events that suspend or restart the count. Compiled from the legal provisions cited for each entry. After a change, the deadlines of all open cases are recalculated immediately.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference.py" />
      <source>《河南省劳动保障监察条例》（2010年修正）与国家规定不一致之处。本系统按国家规定计算（决定1），在案件中以提示方式显示河南省的规定。</source>
      <translation>Points where the Henan Province Regulations on Labour Security Supervision (2010 amendment) differ from national rules. This system calculates according to national rules (Decision 1) and shows the Henan provisions as notes in cases.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference.py" />
      <source>影响期限提示和规则判断的系统参数，修改后立即生效。</source>
      <translation>System parameters that affect deadline alerts and rule checks; changes take effect immediately.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference.py" />
      <source>区县最低工资类别</source>
      <translation>County/district minimum wage categories</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference.py" />
      <source>职工年平均工资</source>
      <translation>Average annual wage of employees</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference.py" />
      <source>系统参数</source>
      <translation>System parameters</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_form.py" />
      <source>０１２３４５６７８９－／</source>
      <translation>0123456789-/</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_form.py" />
      <source>省份</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_form.py" />
      <source>例如 2024-01-01</source>
      <translation>E.g. 2024-01-01</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_form.py" />
      <source>留空表示现行有效</source>
      <translation>Leave blank if currently in force</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>{year} 为年份，{seq} 为序号（{seq:03d} 补足3位）；年份用六角括号〔〕，不要用【】、[]或（）（GB/T 9704）。</source>
      <translation>{year} is the year and {seq} the serial number ({seq:03d} pads it to 3 digits). Enclose the year in hexagonal brackets (U+3014 and U+3015), not in lenticular brackets (U+3010 and U+3011), [] or parentheses (GB/T 9704).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>TrueType 字体文件（.ttf/.ttc，可写“路径#序号”选择字体集中的一种）。留空则依次使用 Windows 字体、系统中文字体；都没有时 PDF 用内置字体并提示。</source>
      <translation>TrueType font file (.ttf/.ttc; write "path#index" to choose one font from a collection). If left blank, Windows fonts and then the system's Chinese fonts are tried in turn; if neither is available, the PDF uses a built-in font and a warning is shown.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>【】[]［］</source>
      <translation>[][][]</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>裁决作出之日</source>
      <translation>Date of the award</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>受理之日</source>
      <translation>Date of acceptance</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>“即将到期”提前天数</source>
      <translation>Days ahead for "Due soon"</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>期限届满前多少个工作日起在工作台和案件中显示为“即将到期”（0至30）。</source>
      <translation>How many working days before expiry a deadline is shown as "Due soon" on the workbench and in cases (0 to 30).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>事先告知后陈述申辩期限（工作日）</source>
      <translation>Period for representations after advance notice (working days)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>事先告知书送达后，当事人陈述、申辩的期限；届满后才能作出行政处理决定（按本地做法为3个工作日）。</source>
      <translation>The period after service of the advance notice in which the party may make representations and a defence; the administrative decision can only be made after it expires (3 working days under local practice).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>终局裁决适用最低工资的日期</source>
      <translation>Minimum wage date for final awards</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>判断终局裁决（十二个月最低工资标准）时，取哪一天有效的最低工资标准：填“裁决作出之日”（默认）或“受理之日”。国家规定未明确，一些地方按裁决作出时的标准。</source>
      <translation>Which day's minimum wage applies when deciding whether an award is final (12 months of minimum wage): enter "Date of the award" (default) or "Date of acceptance". National rules do not specify this; some localities use the standard in force when the award is made.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>集体劳动争议人数</source>
      <translation>Collective dispute threshold (workers)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>劳动者一方达到多少人并有共同请求的为集体劳动争议：优先审理、由三名仲裁员组成仲裁庭（劳动争议调解仲裁法第七条：十人以上）。</source>
      <translation>The number of workers with a common claim at which a dispute counts as a collective labour dispute: heard with priority by a tribunal of three arbitrators (Labour Dispute Mediation and Arbitration Law, Art. 7: ten or more).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>集体劳动争议代表人数下限</source>
      <translation>Minimum representatives in collective disputes</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>集体劳动争议推举代表的最少人数（办案规则：三至五名）。</source>
      <translation>The minimum number of representatives elected in a collective labour dispute (Case-handling Rules: three to five).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>集体劳动争议代表人数上限</source>
      <translation>Maximum representatives in collective disputes</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>集体劳动争议推举代表的最多人数（办案规则：三至五名）。</source>
      <translation>The maximum number of representatives elected in a collective labour dispute (Case-handling Rules: three to five).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>裁决结案案卷保存年限</source>
      <translation>Retention of files closed by award (years)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>作出裁决的仲裁案卷至少保存的年数（办案规则第二十四条：不少于十年）。</source>
      <translation>The minimum number of years to keep arbitration case files closed by an award (Case-handling Rules, Art. 24: at least ten years).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>调解等结案案卷保存年限</source>
      <translation>Retention of files closed by mediation etc. (years)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>调解或者其他方式结案的仲裁案卷至少保存的年数（办案规则第二十四条：不少于五年）。</source>
      <translation>The minimum number of years to keep arbitration case files closed by mediation or other means (Case-handling Rules, Art. 24: at least five years).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>开庭时间最早</source>
      <translation>Earliest hearing time</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>安排开庭时允许的最早开始时间，如 08:30。</source>
      <translation>The earliest start time allowed when scheduling hearings, e.g. 08:30.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>开庭时间最晚</source>
      <translation>Latest hearing time</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>安排开庭时允许的最晚结束时间，如 18:00。</source>
      <translation>The latest end time allowed when scheduling hearings, e.g. 18:00.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>本机关所在省份</source>
      <translation>This office's province</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>省级行政区划代码，决定适用哪一省的最低工资、平均工资、入罪标准和地方规定提示（河南省为410000）。</source>
      <translation>Province-level division code; determines which province's minimum wage, average wage, criminal thresholds and local rule notes apply (Henan is 410000).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>设区的市或县（市、区）的行政区划代码，如郑州市410100、中牟县410122；新登记案件默认的所在地区。</source>
      <translation>Administrative division code of the prefecture-level city or county (county-level city, district), e.g. Zhengzhou 410100, Zhongmu County 410122; the default location for newly registered cases.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>文书上的发文机关，如“郑州市人力资源和社会保障局”。</source>
      <translation>The issuing authority on documents, e.g. "Zhengzhou Municipal Human Resources and Social Security Bureau".</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>如“郑州市劳动保障监察支队”，印在投诉登记表等内部文书上。</source>
      <translation>E.g. "Zhengzhou Labour Security Inspection Detachment"; printed on internal documents such as the complaint registration form.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>仲裁文书的署名，如“郑州市劳动人事争议仲裁委员会”。</source>
      <translation>The name signed on arbitration documents, e.g. "Zhengzhou Labour and Personnel Dispute Arbitration Commission".</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>机关地址</source>
      <translation>Office address</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>文书上的联系地址。</source>
      <translation>Contact address printed on documents.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>文书上的联系电话。</source>
      <translation>Contact phone number printed on documents.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>文书上的联系人（可留空，由承办人代替）。</source>
      <translation>Contact person printed on documents (may be left blank; the officer in charge is used instead).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>行政复议机关</source>
      <translation>Administrative reconsideration authority</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>2024年1月1日起，对县级以上人社部门的行政行为向本级人民政府申请行政复议（行政复议法第二十四条）。</source>
      <translation>Since 1 January 2024, administrative reconsideration of acts by human resources and social security departments at county level and above is applied for to the people's government at the same level (Administrative Reconsideration Law, Art. 24).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>行政诉讼管辖法院</source>
      <translation>Court for administrative lawsuits</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>不予受理等文书告知的起诉法院。</source>
      <translation>The court named in documents such as the notice of rejection as the place to file a lawsuit.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>中级人民法院</source>
      <translation>Intermediate People's Court</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>终局裁决的用人单位申请撤销裁决的法院（调解仲裁法第四十九条）。</source>
      <translation>The court where an employer applies to set aside a final award (Labour Dispute Mediation and Arbitration Law, Art. 49).</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>罚款缴纳方式</source>
      <translation>Fine payment method</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>行政处罚决定书写明的罚款缴纳银行、账户或者电子缴款方式；留空时决定书留出横线，手工填写。</source>
      <translation>The bank, account or electronic payment method for fines stated in the administrative penalty decision; if left blank, the decision leaves a blank line to be filled in by hand.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>每日自动备份保留份数</source>
      <translation>Daily automatic backups to keep</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>程序每天第一次启动时把 SQLite 数据库备份到数据文件夹的 backups 中，只保留最近的这么多份（1至365，默认14）；手动备份、升级前和恢复前的备份不会被删除。</source>
      <translation>The first time the program starts each day, it backs up the SQLite database to backups in the data folder and keeps only this many of the most recent copies (1 to 365, default 14); manual, pre-upgrade and pre-restore backups are never deleted.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>连续输错密码锁定次数</source>
      <translation>Wrong passwords in a row before locking</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>账号锁定时长（分钟）</source>
      <translation>Account lock duration (minutes)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>仿宋字体文件</source>
      <translation>FangSong font file</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>宋体字体文件</source>
      <translation>SongTi (SimSun) font file</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>楷体字体文件</source>
      <translation>KaiTi font file</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>黑体字体文件</source>
      <translation>HeiTi (SimHei) font file</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>小标宋字体文件</source>
      <translation>XiaoBiaoSong font file</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_parameters.py" />
      <source>取值</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_periods.py" />
      <source>程序事件代码，多个用分号“;”分隔</source>
      <translation>Procedural event codes; separate several with a semicolon ";"</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_periods.py" />
      <source>末日为休息日的，顺延至下一个工作日</source>
      <translation>If the last day is a rest day, move to the next working day</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_periods.py" />
      <source>不顺延</source>
      <translation>Not moved</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_periods.py" />
      <source>例如 inspection.acceptance；保存后不能修改</source>
      <translation>E.g. inspection.acceptance; cannot be changed after saving</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_periods.py" />
      <source>留空表示全部案件；多个用分号分隔</source>
      <translation>Leave blank for all cases; separate several with semicolons</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_periods.py" />
      <source>程序事件代码，或 period:期限代码（该期限届满时起算）；多个用分号分隔</source>
      <translation>Procedural event code, or period:&lt;deadline code&gt; (counted from when that deadline expires); separate several with semicolons</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_periods.py" />
      <source>从起算事件中另行登记的日期起算时选择，如限期改正指令书的支付期限</source>
      <translation>Choose when counting from a separate date registered with the start event, such as the payment deadline in an order to rectify</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_periods.py" />
      <source>如开庭前5日送达开庭通知</source>
      <translation>E.g. serve the hearing notice 5 days before the hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_periods.py" />
      <source>法律名称和条款</source>
      <translation>Law and article</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_periods.py" />
      <source>留空表示一直有效</source>
      <translation>Leave blank if it has no end date</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>省份的同一类别</source>
      <translation>category of a province</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>区县</source>
      <translation>County/district</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>一类</source>
      <translation>Category 1</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>二类</source>
      <translation>Category 2</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>三类</source>
      <translation>Category 3</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>四类</source>
      <translation>Category 4</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>立案期限</source>
      <translation>Case-opening deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>调查期限</source>
      <translation>Investigation period</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>加付赔偿金</source>
      <translation>Additional compensation</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>询问答复期限</source>
      <translation>Inquiry reply deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>妨碍监察的罚款</source>
      <translation>Fine for obstructing inspection</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>法律援助程序</source>
      <translation>Legal aid procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>全部</source>
      <translation>All</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>月最低工资（元）</source>
      <translation>Monthly minimum wage (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>小时最低工资（元）</source>
      <translation>Hourly minimum wage (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>文件文号</source>
      <translation>Document number</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>统计年度</source>
      <translation>Statistical year</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>年平均工资（元）</source>
      <translation>Average annual wage (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>拖欠一人数额（元）</source>
      <translation>Amount for one worker (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>拖欠一人月数</source>
      <translation>Months owed to one worker</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>拖欠人数</source>
      <translation>Number of workers owed</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>拖欠多人总额（元）</source>
      <translation>Total for several workers (yuan)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>主题</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>适用案件</source>
      <translation>Applies to</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>提示内容</source>
      <translation>Note text</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>依据</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>非全日制用工</source>
      <translation>Part-time employment</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>例如 豫政〔2023〕43号</source>
      <translation>E.g. Yu Zheng [2023] No. 43</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>GB/T 2260 县级行政区划代码</source>
      <translation>GB/T 2260 county-level division code</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>适用于下一年受理的案件</source>
      <translation>Applies to cases accepted in the following year</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>公布机关、文件或网址</source>
      <translation>Publishing authority, document or web address</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>3个月以上</source>
      <translation>3 months or more</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/reference_tables.py" />
      <source>10人以上</source>
      <translation>10 or more workers</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>工资款</source>
      <translation>Wages</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>劳务费</source>
      <translation>Labour fees</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>二倍工资</source>
      <translation>Double wages</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>劳动者姓名</source>
      <translation>Worker name</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>工人姓名</source>
      <translation>Labourer name</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>农民工姓名</source>
      <translation>Migrant worker name</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>公民身份号码</source>
      <translation>Citizen ID number</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>身份证</source>
      <translation>ID card</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>手机</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>手机号</source>
      <translation>Mobile no.</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>手机号码</source>
      <translation>Mobile number</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>联系方式</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>户籍所在地</source>
      <translation>Place of household registration</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>籍贯</source>
      <translation>Native place</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>户籍地址</source>
      <translation>Household registration address</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>岗位</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>离职时间</source>
      <translation>Date left</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>离职</source>
      <translation>Left</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>工资卡号</source>
      <translation>Wage card number</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>银行账号</source>
      <translation>Bank account number</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>欠款金额</source>
      <translation>Amount owed</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>拖欠工资</source>
      <translation>Unpaid wages</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>拖欠金额</source>
      <translation>Arrears amount</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>欠薪数额</source>
      <translation>Arrears</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>拖欠工资金额</source>
      <translation>Unpaid wage amount</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>起始月份</source>
      <translation>Start month</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>欠薪起始月份</source>
      <translation>Arrears start month</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>起始日期</source>
      <translation>Start date</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>截止月份</source>
      <translation>End month</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>欠薪截止月份</source>
      <translation>Arrears end month</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>欠款类别</source>
      <translation>Debt type</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>文件不存在，可能已被移动或删除</source>
      <translation>The file does not exist; it may have been moved or deleted</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>没有读取该文件的权限，或文件正被其他程序占用</source>
      <translation>No permission to read the file, or the file is in use by another program</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>文件不是有效的 .xlsx 工作簿（可能已损坏，或是旧的 .xls 格式，请在 Excel 中另存为 .xlsx）</source>
      <translation>The file is not a valid .xlsx workbook (it may be damaged or in the old .xls format; save it as .xlsx in Excel)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>文件内容已损坏或不完整，请在 Excel 中打开并重新保存</source>
      <translation>The file content is damaged or incomplete. Open it in Excel and save it again</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/roster.py" />
      <source>工作簿中没有工作表</source>
      <translation>The workbook has no worksheets</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/safety.py" />
      <source>每日自动备份</source>
      <translation>Daily automatic backup</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/safety.py" />
      <source>升级前自动备份</source>
      <translation>Automatic pre-upgrade backup</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/safety.py" />
      <source>恢复前的备份</source>
      <translation>Pre-restore backup</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/safety.py" />
      <source>损坏的数据库（原样保存）</source>
      <translation>Damaged database (saved as is)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/safety.py" />
      <source>手动备份</source>
      <translation>Manual backup</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/statistics.py" />
      <source>未填写用工所在地</source>
      <translation>Place of work not entered</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/statistics.py" />
      <source>未指定承办人</source>
      <translation>No officer in charge assigned</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/statistics.py" />
      <source>当日</source>
      <translation>Same day</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/statistics.py" />
      <source>，法律援助机构</source>
      <translation>, legal aid centre</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/statistics.py" />
      <source>2022年办法（45号令）</source>
      <translation>2022 Measures (Order No. 45)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/statistics.py" />
      <source>2017年办法（黑名单）</source>
      <translation>2017 Measures (blacklist)</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/statistics.py" />
      <source>在办案件概况</source>
      <translation>Overview of cases in progress</translation>
    </message>
    <message>
      <location filename="../../wagecase/services/statistics.py" />
      <source>未填写</source>
      <translation>Not filled in</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>投诉登记表</source>
      <translation>Complaint registration form</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>登记投诉时填写的表格（内部使用，不送达），记录投诉人、被投诉单位、工程项目及承包链条、被侵害事实、投诉请求和每名劳动者的欠薪明细。</source>
      <translation>Form filled in when registering a complaint (internal use, not served). Records the complainant, the employer complained against, the construction project and contracting chain, the facts of the infringement, the complaint's requests and each worker's wage arrears details.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>投诉受理通知书</source>
      <translation>Notice of acceptance of complaint</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>告知投诉人（或投诉人代表）投诉已受理并于受理当日立案，以及调查期限和承办人联系方式。</source>
      <translation>Informs the complainant (or the complainants' representative) that the complaint has been accepted and the case opened on the day of acceptance, and gives the investigation deadline and the officer in charge's contact details.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>不予受理通知书</source>
      <translation>Notice of rejection of complaint</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>投诉不符合受理条件时书面告知投诉人，写明理由、法律依据、应当通过的途径以及申请行政复议、提起行政诉讼的权利。</source>
      <translation>Informs the complainant in writing when a complaint does not meet the acceptance conditions, stating the reasons, the legal basis, the proper channel to pursue, and the right to apply for administrative reconsideration or bring an administrative lawsuit.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>不予受理的理由</source>
      <translation>Reason for rejection</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>选择一项；法律依据随理由自动写入通知书</source>
      <translation>Select one; the legal basis is written into the notice together with the reason</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>超过两年</source>
      <translation>More than two years have passed</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>不属于劳动保障监察事项</source>
      <translation>Not a labour inspection matter</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>已进入劳动争议仲裁或诉讼程序</source>
      <translation>Already in labour dispute arbitration or litigation</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>不属于本机关管辖</source>
      <translation>Outside this authority's jurisdiction</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>具体情况</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>例如：违法行为发生于2023年5月，至投诉时已超过两年；不属于本机关管辖的，写明有管辖权的部门</source>
      <translation>E.g.: the violation occurred in May 2023, more than two years before the complaint; if outside this authority's jurisdiction, name the competent authority</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>补正通知书</source>
      <translation>Notice to supplement materials</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>投诉材料不齐全时，一次性书面告知投诉人需要补正的全部内容和期限。</source>
      <translation>When the complaint materials are incomplete, tell the complainant in writing, all at once, everything that must be supplemented and the deadline.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>需要补正的材料</source>
      <translation>Materials to be supplemented</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>每行一项，一次性列出全部需要补正的内容</source>
      <translation>One item per line; list everything that must be supplemented at once</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>补正期限</source>
      <translation>Deadline for supplementing</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>默认“五个工作日”</source>
      <translation>Default: "five working days"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>仲裁申请受理通知书</source>
      <translation>Notice of acceptance of arbitration application</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>告知申请人仲裁申请已受理，以及举证期限、举证责任、变更请求、委托代理和仲裁庭组成等事项。</source>
      <translation>Informs the claimant that the arbitration application has been accepted, and of the evidence deadline, burden of proof, amending claims, appointing an agent, tribunal composition and similar matters.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>首席（独任）仲裁员</source>
      <translation>Presiding (sole) arbitrator</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>仲裁庭尚未组成的，留空，通知书写明“另行通知”</source>
      <translation>Leave blank if the tribunal has not been formed; the notice will say "to be notified separately"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>两人以顿号分隔；独任仲裁的留空</source>
      <translation>Separate the two names with a comma; leave blank for a sole arbitrator</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>仲裁申请不符合受理条件时，五日内书面告知申请人理由，并告知可以就该争议事项向人民法院提起诉讼。</source>
      <translation>When an arbitration application does not meet the acceptance conditions, informs the claimant in writing of the reasons within five days, and that they may bring a lawsuit on the dispute in a people's court.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>管辖问题不属于不予受理：应书面说明有管辖权的仲裁委员会</source>
      <translation>Jurisdiction issues are not grounds for rejection: name the competent arbitration commission in writing instead</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>申请人与本案没有直接利害关系</source>
      <translation>The claimant has no direct interest in the case</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>没有明确的被申请人</source>
      <translation>No identifiable respondent</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>没有具体的仲裁请求和事实、理由</source>
      <translation>No specific arbitration claims, facts or reasons</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>不属于劳动人事争议仲裁受案范围</source>
      <translation>Outside the scope of labour and personnel dispute arbitration</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>具体理由</source>
      <translation>Specific reasons</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>选择“其他”时必须填写</source>
      <translation>Required when "Other" is selected</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>收件回执</source>
      <translation>Receipt for application materials</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>收到仲裁申请材料时出具的回执；材料不齐全的，当场或者五日内一次性告知需要补正的全部材料。</source>
      <translation>Receipt issued on receiving arbitration application materials; if the materials are incomplete, state all materials to be supplemented at once, on the spot or within five days.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>收到的材料</source>
      <translation>Materials received</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>每行一项，例如：仲裁申请书一式二份</source>
      <translation>One item per line, e.g.: arbitration application, 2 copies</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>材料不齐全的，每行一项，一次性列出全部需要补正的内容</source>
      <translation>If materials are incomplete, one item per line; list everything that must be supplemented at once</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>送达回证</source>
      <translation>Proof of service</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>证明文书已送达的回证（表格），每名受送达人一份；受送达人签收的日期为送达日期。</source>
      <translation>Form proving that a document has been served, one per recipient; the date the recipient signs is the date of service.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>送达文书名称</source>
      <translation>Title of document served</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>先在文书列表中选中要送达的文书，再签发送达回证，名称、文号和受送达人会自动填好</source>
      <translation>Select the document to be served in the document list first, then issue the proof of service; the title, document number and recipient are filled in automatically</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>送达文书文号</source>
      <translation>Number of document served</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被送达文书的文号或案号</source>
      <translation>Document number or case number of the document served</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时为所选的劳动者或投诉人代表</source>
      <translation>If blank, the selected worker or complainants' representative</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>送达地址</source>
      <translation>Address for service</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取受送达人登记的地址</source>
      <translation>If blank, the recipient's registered address is used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>案卷封面</source>
      <translation>Case file cover</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>纸质案卷的封面（案件基本情况），附法定期限一览表。</source>
      <translation>Cover of the paper case file (basic case information), with a table of statutory time limits.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>劳动保障监察限期改正指令书</source>
      <translation>Labour inspection order to rectify</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>责令用人单位（工程建设领域与施工总承包单位共同）限期支付拖欠的劳动报酬，列明每名劳动者的金额，并告知逾期不改正的后果：加付赔偿金、行政处罚、列入失信联合惩戒名单、移送公安机关。</source>
      <translation>Orders the employer (in construction, jointly with the general contractor) to pay the wage arrears by a deadline, listing the amount for each worker, and states the consequences of failing to comply: additional compensation, administrative penalty, inclusion on the blacklist, and transfer to the police.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>支付期限（截止日期）</source>
      <translation>Payment deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>写明具体日期，实践中一般为送达后7至15日</source>
      <translation>Give a specific date; in practice usually 7 to 15 days after service</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>认定的事实</source>
      <translation>Facts found</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时按案件信息自动写明欠薪单位、劳动者人数、期间和金额</source>
      <translation>If blank, the employer in arrears, number of workers, period and amount are filled in from the case information</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>调查询问书</source>
      <translation>Inquiry notice</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>通知被投诉单位在指定时间派员到指定地点接受询问并提供书面材料，告知无故不到或不提供材料的法律后果（《劳动保障监察条例》第三十条），附回执。</source>
      <translation>Notifies the employer complained against to send a representative to a specified place at a specified time for questioning and to provide written materials, and states the legal consequences of failing to attend or provide materials without good reason (Art. 30, Regulations on Labour Security Supervision); with a receipt slip.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>接受询问的时间</source>
      <translation>Time of questioning</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>例如：2026年3月10日上午9时</source>
      <translation>E.g.: 10 March 2026, 9:00 a.m.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>接受询问的地点</source>
      <translation>Place of questioning</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时写本机关地址</source>
      <translation>If blank, this authority's address is used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>需要携带的材料</source>
      <translation>Materials to bring</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>每行一项；留空时列出营业执照、职工名册、劳动合同、工资表和考勤表等常用材料（工程建设案件标注总包/分包/建设单位）</source>
      <translation>One item per line; if blank, common materials are listed: business licence, staff register, labour contracts, payroll and attendance records, etc. (construction cases are marked general contractor/subcontractor/project owner)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>行政处理（处罚）事先告知书</source>
      <translation>Advance notice of administrative decision (penalty)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>作出行政处理或行政处罚决定前，告知当事人拟作出的决定、事实、理由和依据，以及陈述、申辩和要求听证的权利。</source>
      <translation>Before an administrative decision or penalty decision is made, informs the party of the intended decision, the facts, reasons and legal basis, and the right to make representations, present a defence and request a hearing.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>拟作出的处理（处罚）决定</source>
      <translation>Intended decision (penalty)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>每行一项，例如：责令支付拖欠的劳动报酬并加付赔偿金</source>
      <translation>One item per line, e.g.: order payment of wage arrears plus additional compensation</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>处理（处罚）依据</source>
      <translation>Legal basis for decision (penalty)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>例如：《劳动保障监察条例》第二十六条</source>
      <translation>E.g.: Art. 26, Regulations on Labour Security Supervision</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>违反的规定</source>
      <translation>Provisions violated</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时写《中华人民共和国劳动法》第五十条和《保障农民工工资支付条例》第三条</source>
      <translation>If blank, Art. 50 of the Labour Law of the People's Republic of China and Art. 3 of the Regulations on Guaranteeing Payment of Migrant Workers' Wages are used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>违法事实</source>
      <translation>Facts of the violation</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时按案件信息自动写明</source>
      <translation>If blank, filled in from the case information</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>陈述申辩期限</source>
      <translation>Deadline for representations and defence</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>默认“三个工作日”</source>
      <translation>Default: "three working days"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>是否告知听证权利</source>
      <translation>Inform of right to hearing?</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>较大数额罚款等依法可以听证的，选择告知（五日内提出）</source>
      <translation>Where a hearing is available by law (e.g. a large fine), choose to inform (request within five days)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>不告知</source>
      <translation>Do not inform</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>告知可以要求听证</source>
      <translation>Inform of right to request a hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>劳动保障监察行政处理决定书</source>
      <translation>Labour inspection administrative decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>用人单位逾期未按限期改正指令书支付劳动报酬时，责令支付尚欠的劳动报酬并加付赔偿金，告知申请行政复议、提起行政诉讼的权利和逾期不履行时申请人民法院强制执行。</source>
      <translation>When the employer fails to pay wages by the deadline in the order to rectify, orders payment of the outstanding wages plus additional compensation, and states the right to apply for administrative reconsideration or bring an administrative lawsuit, and that a people's court will be asked to enforce it if not complied with in time.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>应付金额的百分之五十以上百分之一百以下（《劳动保障监察条例》第二十六条）</source>
      <translation>50% to 100% of the amount due (Art. 26, Regulations on Labour Security Supervision)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>百分之五十</source>
      <translation>50%</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>百分之六十</source>
      <translation>60%</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>百分之七十</source>
      <translation>70%</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>百分之八十</source>
      <translation>80%</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>百分之九十</source>
      <translation>90%</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>百分之一百</source>
      <translation>100%</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>自收到决定书之日起计算</source>
      <translation>Counted from the date the decision is received</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>十五日内</source>
      <translation>Within 15 days</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>十日内</source>
      <translation>Within 10 days</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>七日内</source>
      <translation>Within 7 days</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>五日内</source>
      <translation>Within 5 days</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>限期改正指令书文号</source>
      <translation>Order to rectify No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>指令书规定的支付期限</source>
      <translation>Payment deadline in the order</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>立案审批表</source>
      <translation>Case opening approval form</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>受理投诉后立案调查的内部审批表（副卷，不送达）：案件来源、当事人、案件基本情况及涉嫌违反的法律法规，由两名劳动保障监察员签署承办意见，监察机构负责人审批。</source>
      <translation>Internal approval form for opening a case for investigation after a complaint is accepted (internal file, not served): case source, parties, basic case information and the laws and regulations allegedly violated; two labour inspectors sign the handling opinion and the head of the inspection body approves.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>承办意见</source>
      <translation>Handling opinion</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时写明“符合立案条件，建议立案调查”</source>
      <translation>If blank: "Meets the conditions for opening a case; recommend opening a case for investigation"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>结案审批表</source>
      <translation>Case closing approval form</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>案件办理完毕后的内部结案审批表：当事人、处理决定书文号及送达日期、案件办理过程及结果、执行情况、承办人意见和审批意见。</source>
      <translation>Internal approval form for closing a case once handling is complete: parties, decision number and date of service, handling process and outcome, enforcement status, opinion of the officer in charge and approval opinion.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>处理（处罚）决定书文号</source>
      <translation>Decision (penalty decision) No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>未作出决定书的留空</source>
      <translation>Leave blank if no decision was made</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>决定书送达日期</source>
      <translation>Date decision served</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>案件办理过程及结果</source>
      <translation>Handling process and outcome</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时按案件信息写明受理、立案、欠薪和已支付金额</source>
      <translation>If blank, acceptance, case opening, arrears and amounts paid are filled in from the case information</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>执行情况</source>
      <translation>Enforcement status</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时按已登记的支付情况写明</source>
      <translation>If blank, filled in from the recorded payments</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>承办人意见</source>
      <translation>Opinion of officer in charge</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时写明“建议结案”</source>
      <translation>If blank: "Recommend closing the case"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>涉嫌犯罪案件移送审批表</source>
      <translation>Approval form for transferring a suspected criminal case</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>用人单位经责令仍拒不支付、涉嫌拒不支付劳动报酬罪时，移送公安机关前的内部审批表（正职负责人应在3日内审批）。</source>
      <translation>Internal approval form before transfer to the police when the employer still refuses to pay after being ordered to and is suspected of the crime of refusing to pay labour remuneration (the principal head must approve within 3 days).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>移送的公安机关</source>
      <translation>Receiving police authority</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时为“郑州市公安局”</source>
      <translation>If blank: "Zhengzhou Public Security Bureau"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>基本违法事实</source>
      <translation>Basic facts of the violation</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时按案件信息和指令书写明</source>
      <translation>If blank, filled in from the case information and the order to rectify</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>承办监察员意见</source>
      <translation>Opinion of inspector in charge</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时写明“建议移送公安机关”</source>
      <translation>If blank: "Recommend transfer to the police"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>涉嫌犯罪案件移送书</source>
      <translation>Letter transferring a suspected criminal case</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>将涉嫌拒不支付劳动报酬罪的案件移送同级公安机关（批准后24小时内移送），附调查报告、限期改正指令书及送达回证、询问笔录、欠薪名单及金额和逃匿或拒不支付的证据，公安机关签收回执。</source>
      <translation>Transfers a case of suspected refusal to pay labour remuneration to the police authority at the same level (within 24 hours of approval), with the investigation report, the order to rectify and its proof of service, interview records, the list of unpaid workers and amounts, and evidence of absconding or refusal to pay; the police sign an acknowledgement of receipt.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>同级公安机关；留空时为“郑州市公安局”</source>
      <translation>Police authority at the same level; if blank: "Zhengzhou Public Security Bureau"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>限期改正指令书日期</source>
      <translation>Order to rectify date</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>延期审批表</source>
      <translation>Extension approval form</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>案情复杂、不能在立案之日起60个工作日内完成调查的，报经劳动保障行政部门负责人批准延长调查期限的内部审批表（副卷，不送达；《劳动保障监察条例》第十七条）。</source>
      <translation>Internal approval form for extending the investigation period, approved by the head of the labour security department, when a complex case cannot be investigated within 60 working days of opening (internal file, not served; Art. 17, Regulations on Labour Security Supervision).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>写明案情复杂、需要延长调查期限的具体原因，例如：涉及多级分包，需核实各层级的工程款拨付情况</source>
      <translation>State the specific reasons why the case is complex and the investigation period needs extending, e.g.: multiple tiers of subcontracting; project payments at each tier must be verified</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>调查期限届满日</source>
      <translation>Investigation period ends</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时按案件的调查期限（立案之日起60个工作日）自动写入</source>
      <translation>If blank, filled in from the case's investigation period (60 working days from case opening)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时写明“建议延长调查期限”及延长的期限</source>
      <translation>If blank: "Recommend extending the investigation period" and the length of the extension</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>询问笔录</source>
      <translation>Interview record</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>劳动保障监察员（不少于两人）询问被投诉单位负责人、劳动者或证人时制作的笔录：表头写明时间、地点、询问人、记录人和被询问人，告知如实回答义务和申请回避的权利，逐项记录问答，被询问人逐页签名。</source>
      <translation>Record made when labour inspectors (at least two) interview the head of the employer complained against, a worker or a witness: the header gives the time, place, interviewer, recorder and interviewee; the interviewee is informed of the duty to answer truthfully and the right to request recusal; questions and answers are recorded one by one and the interviewee signs each page.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>询问开始时间</source>
      <translation>Interview start time</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>例如：2026年3月10日9时05分</source>
      <translation>E.g.: 10 March 2026, 9:05</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>询问结束时间</source>
      <translation>Interview end time</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>例如：2026年3月10日10时20分</source>
      <translation>E.g.: 10 March 2026, 10:20</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>询问地点</source>
      <translation>Interview location</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>询问人</source>
      <translation>Interviewer</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时为案件承办人</source>
      <translation>If blank, the officer in charge of the case</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>询问人执法证号</source>
      <translation>Interviewer's enforcement ID No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>记录人</source>
      <translation>Recorder</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>另一名劳动保障监察员（询问不得少于两人）</source>
      <translation>Another labour inspector (at least two must conduct an interview)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>记录人执法证号</source>
      <translation>Recorder's enforcement ID No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被询问人姓名</source>
      <translation>Interviewee's name</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被询问人性别</source>
      <translation>Interviewee's sex</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被询问人年龄</source>
      <translation>Interviewee's age</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被询问人身份证号</source>
      <translation>Interviewee's ID number</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被询问人工作单位</source>
      <translation>Interviewee's employer</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时为被投诉单位</source>
      <translation>If blank, the employer complained against</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被询问人职务</source>
      <translation>Interviewee's position</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>例如：法定代表人、项目负责人、劳动者</source>
      <translation>E.g.: legal representative, project manager, worker</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被询问人联系电话</source>
      <translation>Interviewee's phone number</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>与本案关系</source>
      <translation>Relationship to the case</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>例如：被投诉单位法定代表人、投诉人、证人</source>
      <translation>E.g.: legal representative of the employer complained against, complainant, witness</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>对告知事项的回答</source>
      <translation>Response to the information given</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时写“听清楚了，不申请回避。”</source>
      <translation>If blank: "Understood; I do not request recusal."</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>询问内容（问答）</source>
      <translation>Interview content (Q&amp;A)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>每行一问或一答，以“问：”“答：”开头</source>
      <translation>One question or answer per line, starting with "Q:" or "A:"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>劳动保障监察行政处罚决定书</source>
      <translation>Labour inspection administrative penalty decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>对违反劳动保障法律法规的用人单位处以罚款的决定：当事人、违法事实和证据、处罚依据和罚款金额，十五日内缴纳罚款及逾期每日加处百分之三罚款，申请行政复议、提起行政诉讼的权利，复议、诉讼期间不停止执行。</source>
      <translation>Decision to fine an employer that has violated labour security laws and regulations: the party, facts of the violation and evidence, legal basis and amount of the fine; the fine is payable within 15 days, with a late-payment surcharge of 3% per day; the right to apply for administrative reconsideration or bring an administrative lawsuit; enforcement is not suspended during reconsideration or litigation.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>例如：《保障农民工工资支付条例》第五十五条</source>
      <translation>E.g.: Art. 55, Regulations on Guaranteeing Payment of Migrant Workers' Wages</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>按处罚依据规定的幅度填写，例如：50000</source>
      <translation>Enter an amount within the range set by the legal basis, e.g.: 50000</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>证据</source>
      <translation>Evidence</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>每行一项；留空时列出投诉登记表、询问笔录、工资支付记录、限期改正指令书及送达回证</source>
      <translation>One item per line; if blank, lists the complaint registration form, interview records, wage payment records, and the order to rectify and its proof of service</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>陈述、申辩（听证）情况</source>
      <translation>Representations and defence (hearing)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>例如：你单位在规定期限内未提出陈述、申辩意见</source>
      <translation>E.g.: Your organisation made no representations or defence within the prescribed period</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>应诉通知书</source>
      <translation>Notice of response</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>随仲裁申请书副本送达被申请人（五日内），告知答辩期十日、举证责任和举证期限（举证通知）、反申请和管辖异议、仲裁庭组成等事项；送达之日记为送达申请书副本。</source>
      <translation>Served on the respondent with a copy of the arbitration application (within five days); states the 10-day defence period, burden of proof and evidence deadline (notice on evidence), counterclaims and jurisdiction objections, tribunal composition and similar matters; the date of service is recorded as service of the application copy.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>举证期限届满日</source>
      <translation>Evidence deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时为答辩期满前</source>
      <translation>If blank, before the defence period ends</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>仲裁庭组成通知书</source>
      <translation>Notice of tribunal composition</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>受理之日起五日内将仲裁庭的组成情况书面通知双方当事人，并告知申请回避的权利（调解仲裁法第三十二条）。</source>
      <translation>Informs both parties in writing of the tribunal's composition within five days of acceptance, and of the right to request recusal (Art. 32, Labour Dispute Mediation and Arbitration Law).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>简易处理告知书</source>
      <translation>Notice of simplified procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>告知双方当事人本案适用简易处理、由一名仲裁员独任仲裁，以及简便送达、缩短答辩期等事项（办案规则第五十六条至第六十一条）。</source>
      <translation>Informs both parties that the case will follow the simplified procedure with a sole arbitrator, and of simplified service, a shortened defence period and similar matters (Arts. 56-61, Rules for Handling Labour and Personnel Dispute Arbitration Cases).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>适用简易处理的理由</source>
      <translation>Reasons for the simplified procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时为“本案事实清楚、权利义务关系明确、争议不大”</source>
      <translation>If blank: "The facts of this case are clear, rights and obligations are clearly defined and the dispute is minor"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>开庭通知书</source>
      <translation>Notice of hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>开庭五日前书面通知当事人开庭的时间、地点和仲裁庭组成；开庭时间和仲裁庭室取自已安排的开庭。</source>
      <translation>Informs the parties in writing, five days before the hearing, of its time, place and the tribunal composition; the hearing time and hearing room are taken from the scheduled hearing.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被通知人</source>
      <translation>Addressee</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>每方当事人各制作一份：申请人拒不到庭的按撤回仲裁申请处理，被申请人拒不到庭的可以缺席裁决</source>
      <translation>One per party: if the claimant refuses to attend, the application is treated as withdrawn; if the respondent refuses to attend, an award may be made in default</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被申请人</source>
      <translation>Respondent</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>延期审理通知书</source>
      <translation>Notice of extension of hearing period</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>案情复杂需要延期的，经仲裁委员会主任或者其委托的仲裁院负责人书面批准，审理期限延长不超过十五日，并书面通知当事人（办案规则第四十五条）。</source>
      <translation>Where a complex case needs more time, the time limit for the case may be extended by up to 15 days with the written approval of the arbitration commission's chair or the arbitration institute head delegated by the chair, and the parties are informed in writing (Art. 45, Rules for Handling Labour and Personnel Dispute Arbitration Cases).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时为“案情复杂”</source>
      <translation>If blank: "The case is complex"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>延长后的审理期限届满日</source>
      <translation>Extended time limit ends</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取本案的审理期限</source>
      <translation>If blank, the time limit for this case is used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>中止审理通知书</source>
      <translation>Notice of suspension of proceedings</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>出现办案规则第四十七条规定的情形时中止审理并书面通知当事人；中止期间不计入审理期限。</source>
      <translation>Suspends the proceedings when a circumstance under Art. 47 of the Rules for Handling Labour and Personnel Dispute Arbitration Cases arises and informs the parties in writing; the suspension does not count towards the time limit for the case.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>中止审理的情形</source>
      <translation>Grounds for suspension</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>办案规则第四十七条</source>
      <translation>Art. 47, Rules for Handling Labour and Personnel Dispute Arbitration Cases</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>等待工伤认定、劳动能力鉴定结论</source>
      <translation>Awaiting a work-injury determination or work-capacity assessment</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>需以其他案件的审理结果为依据</source>
      <translation>Depends on the outcome of another case</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>一方当事人因不可抗拒的事由不能参加仲裁</source>
      <translation>A party cannot take part in the arbitration due to force majeure</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>恢复审理通知书</source>
      <translation>Notice of resumption of proceedings</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>中止审理的情形消除后恢复审理并书面通知当事人，审理期限继续计算。</source>
      <translation>Resumes the proceedings once the grounds for suspension have ended and informs the parties in writing; the time limit for the case continues to run.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>恢复审理日期</source>
      <translation>Resumption date</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时为制作日期</source>
      <translation>If blank, the date of drafting</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>恢复审理的原因</source>
      <translation>Reason for resumption</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时为“中止审理的情形已经消除”</source>
      <translation>If blank: "The grounds for suspension have ended"</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>仲裁调解书</source>
      <translation>Arbitration mediation statement</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>写明仲裁请求和当事人协议的结果，由仲裁员签名并加盖仲裁委员会印章；经双方当事人签收后发生法律效力（办案规则第七十二条）。</source>
      <translation>States the arbitration claims and the outcome agreed by the parties, signed by the arbitrator and sealed by the arbitration commission; takes legal effect once both parties have signed for it (Art. 72, Rules for Handling Labour and Personnel Dispute Arbitration Cases).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>每行一项，例如：被申请人于2026年4月10日前一次性支付申请人工资25,200元</source>
      <translation>One item per line, e.g.: The respondent shall pay the claimant wages of CNY 25,200 in a single payment by 10 April 2026</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>仲裁裁决书：写明仲裁请求、争议事实、裁决理由、裁决结果、当事人权利和裁决日期；注明终局或者非终局裁决及相应的救济途径，日期用汉字数字。</source>
      <translation>Arbitration award: states the claims, disputed facts, reasons, outcome, the parties' rights and the date of the award; indicates whether the award is final or non-final and the corresponding remedies; the date is written in Chinese numerals.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>由裁决编辑作出裁决或者先行裁决时自动填写；终局和非终局裁决分别制作（…-1号、…-2号）</source>
      <translation>Filled in automatically when an award or partial award is made in the award editor; final and non-final awards are drafted separately (...-1, ...-2)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被申请人答辩意见</source>
      <translation>Respondent's defence</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>经审理查明</source>
      <translation>Facts found at the hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取案件登记的事实</source>
      <translation>If blank, the facts recorded for the case are used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>本委认为</source>
      <translation>The Commission finds</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>追索劳动报酬的案件，权利义务关系明确、不先予执行将严重影响申请人生活的，根据当事人的申请裁决先予执行，移送人民法院执行；劳动者申请的可以不提供担保（调解仲裁法第四十四条）。</source>
      <translation>In a claim for labour remuneration where rights and obligations are clear and the claimant's livelihood would be seriously affected without advance enforcement, advance enforcement is awarded on the party's application and referred to a people's court for enforcement; a worker applying need not provide security (Art. 44, Labour Dispute Mediation and Arbitration Law).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>由裁决编辑作出先予执行裁决时自动填写</source>
      <translation>Filled in automatically when an advance-enforcement award is made in the award editor</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>申请先予执行的日期</source>
      <translation>Date of application for advance enforcement</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>先予执行的理由</source>
      <translation>Reason for advance enforcement</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>仲裁决定书</source>
      <translation>Arbitration decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>仲裁委员会对撤回仲裁申请、撤销案件、管辖异议和回避申请作出的决定（“决定如下”，不用“裁定”）。</source>
      <translation>Decision of the arbitration commission on withdrawal of an arbitration application, dismissal of a case, jurisdiction objections and recusal requests ("decides as follows", not "rules").</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>决定事项</source>
      <translation>Subject of decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>准予撤回仲裁申请</source>
      <translation>Allow withdrawal of arbitration application</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>撤销案件</source>
      <translation>Dismiss case</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>管辖异议</source>
      <translation>Jurisdiction objection</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>回避</source>
      <translation>Recusal</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>审查结果</source>
      <translation>Review result</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>管辖异议和回避申请填写；留空为不成立</source>
      <translation>For jurisdiction objections and recusal requests; blank means not upheld</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>不成立（驳回）</source>
      <translation>Not upheld (rejected)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>成立</source>
      <translation>Upheld</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被申请回避的人员</source>
      <translation>Person whose recusal is requested</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>回避时填写</source>
      <translation>For recusal</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>理由或者具体情况</source>
      <translation>Reasons or details</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>撤回的理由、撤销案件的原因、管辖异议或者回避申请的理由</source>
      <translation>Reason for withdrawal, reason for dismissing the case, or grounds of the jurisdiction objection or recusal request</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>列入失信联合惩戒名单事先告知书</source>
      <translation>Advance notice of inclusion on the blacklist</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>作出列入决定前，向用人单位及其法定代表人、直接责任人员逐一告知拟列入的事由、依据，五个工作日内提出异议的权利，以及作出列入决定前改正并作出书面信用承诺的可以不予列入（人社部令第45号第六条、第七条）。</source>
      <translation>Before a listing decision, informs the employer, its legal representative and the persons directly responsible, one by one, of the grounds and basis for the intended listing, the right to object within five working days, and that they may not be listed if they correct the violation and make a written credit undertaking before the listing decision (Arts. 6 and 7, MOHRSS Order No. 45).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>失信名单程序</source>
      <translation>Blacklist procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取本案最近一次失信联合惩戒名单程序</source>
      <translation>If blank, the most recent blacklist procedure of this case is used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>拟列入事由</source>
      <translation>Grounds for intended listing</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取拟列入时登记的事由（《办法》第五条）</source>
      <translation>If blank, the grounds recorded when the listing was proposed are used (Art. 5 of the Measures)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>拖欠数额达到拒不支付劳动报酬罪数额标准</source>
      <translation>Arrears reach the threshold for the crime of refusing to pay labour remuneration</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>引发群体性事件、极端事件</source>
      <translation>Caused mass or extreme incidents</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取本案签发的限期改正指令书</source>
      <translation>If blank, the order to rectify issued in this case is used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取下达指令书时登记的支付期限</source>
      <translation>If blank, the payment deadline recorded when the order was issued is used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>异议核实结果告知书</source>
      <translation>Notice of objection verification result</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>自收到异议之日起五个工作日内核实，并将核实结果书面告知提出异议的当事人（人社部令第45号第六条）。</source>
      <translation>Verifies an objection within five working days of receipt and informs the objecting party of the result in writing (Art. 6, MOHRSS Order No. 45).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>核实结论</source>
      <translation>Verification conclusion</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>异议不成立</source>
      <translation>Objection not upheld</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>异议成立</source>
      <translation>Objection upheld</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>写明核实的事实和理由</source>
      <translation>State the verified facts and reasons</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>当事人提出异议的主要理由</source>
      <translation>Main grounds of the party's objection</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>提出异议的当事人</source>
      <translation>Objecting party</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时为用人单位</source>
      <translation>If blank, the employer</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>提出异议日期</source>
      <translation>Objection date</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取登记的收到异议日期</source>
      <translation>If blank, the recorded date the objection was received is used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>列入失信联合惩戒对象名单决定书</source>
      <translation>Decision on inclusion on the blacklist</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>责令限期支付期限届满后二十个工作日内（经批准可延长二十个工作日）作出；写明列入事由、依据、列入期限（三年）、联合惩戒措施提示、提前移出的条件和程序以及行政复议、行政诉讼的途径（人社部令第45号第八条、第十一条）。</source>
      <translation>Made within 20 working days after the ordered payment deadline expires (extendable by 20 working days with approval); states the grounds and basis for listing, the listing period (three years), a reminder of the joint punishment measures, the conditions and procedure for early removal, and the routes of administrative reconsideration and administrative litigation (Arts. 8 and 11, MOHRSS Order No. 45).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取拟列入时登记的事由</source>
      <translation>If blank, the grounds recorded when the listing was proposed are used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>准予（不予）提前移出决定书</source>
      <translation>Decision granting (refusing) early removal</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>收到提前移出申请后十五个工作日内核实并作出决定；不予提前移出的说明理由并告知复议、诉讼途径（人社部令第45号第十二条至第十四条、第十八条）。</source>
      <translation>Verifies an early removal application and decides within 15 working days of receipt; if refused, gives reasons and states the routes of reconsideration and litigation (Arts. 12-14 and 18, MOHRSS Order No. 45).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>不予提前移出的理由</source>
      <translation>Reasons for refusing early removal</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>不予提前移出时选择（《办法》第十二条、第十三条）</source>
      <translation>Select when refusing early removal (Arts. 12 and 13 of the Measures)</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>列入期限内再次发生拖欠农民工工资违法行为</source>
      <translation>Migrant workers' wages owed again during the listing period</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>因拒不支付劳动报酬罪被追究刑事责任</source>
      <translation>Held criminally liable for refusing to pay labour remuneration</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>尚未改正拖欠农民工工资违法行为</source>
      <translation>Violation of owing migrant workers' wages not yet corrected</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>自改正之日起列入未满六个月</source>
      <translation>Listed for less than six months since correction</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>未作出书面信用承诺</source>
      <translation>No written credit undertaking made</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>补充说明核实的事实；不予提前移出且未选择理由时必填</source>
      <translation>Additional explanation of the verified facts; required when refusing early removal without selecting a reason</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取登记的收到提前移出申请日期</source>
      <translation>If blank, the recorded date the early removal application was received is used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>移出失信联合惩戒对象名单决定书</source>
      <translation>Decision on removal from the blacklist</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>列入期限届满、准予提前移出或者列入决定被撤销的，十个工作日内移出名单，停止公示并告知相关部门（人社部令第45号第十七条）。</source>
      <translation>When the listing period expires, early removal is granted or the listing decision is revoked, removes the entry from the list within ten working days, stops its publication and informs the relevant departments (Art. 17, MOHRSS Order No. 45).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>移出原因</source>
      <translation>Reason for removal</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时按名单程序的状态确定</source>
      <translation>If blank, determined from the status of the listing procedure</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>列入期限届满</source>
      <translation>Listing period expired</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>列入决定被撤销</source>
      <translation>Listing decision revoked</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时为签发日期</source>
      <translation>If blank, the date of issue</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取名单程序登记的文号</source>
      <translation>If blank, the document number recorded in the listing procedure is used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>撤销列入失信联合惩戒对象名单决定书</source>
      <translation>Decision revoking inclusion on the blacklist</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>列入决定所依据的责令限期支付工资文书被依法撤销的，撤销列入决定并移出名单（人社部令第45号第十六条）。</source>
      <translation>Where the document ordering payment of wages on which the listing decision was based is revoked according to law, revokes the listing decision and removes the entry from the list (Art. 16, MOHRSS Order No. 45).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>撤销指令书的文书文号</source>
      <translation>Number of the document revoking the order</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>例如行政复议决定书或者人民法院判决书的文号</source>
      <translation>E.g. the number of an administrative reconsideration decision or a people's court judgment</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>作出撤销的机关</source>
      <translation>Revoking authority</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>例如郑州市人民政府、郑州市中原区人民法院</source>
      <translation>E.g. Zhengzhou Municipal People's Government, Zhongyuan District People's Court of Zhengzhou</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>被撤销的限期改正指令书文号</source>
      <translation>Revoked order to rectify No.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>撤销理由</source>
      <translation>Reason for revocation</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>法律援助申请转交函</source>
      <translation>Legal aid application referral letter</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>将劳动者的法律援助申请转交法律援助机构（法律援助法第三十一条、第四十二条第三项、第四十四条；人社部发〔2020〕52号“当日受理、当日转交”），附回执，由法律援助机构签收后寄回。每次转交一份。</source>
      <translation>Refers a worker's legal aid application to a legal aid centre (Arts. 31, 42(3) and 44, Legal Aid Law; MOHRSS Document [2020] No. 52, "accept and refer on the same day"), with a receipt slip that the legal aid centre signs and returns. One per referral.</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>法律援助转交记录</source>
      <translation>Legal aid referral record</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>留空时取本案最近一次法律援助转交</source>
      <translation>If blank, the most recent legal aid referral of this case is used</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>其他附件</source>
      <translation>Other attachments</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>每行一项，例如证据清单、询问笔录复印件；申请表、身份证明和欠薪证明材料已列入</source>
      <translation>One item per line, e.g. list of evidence, copies of interview records; the application form, proof of identity and proof of wage arrears are already listed</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>法律援助申请表</source>
      <translation>Legal aid application form</translation>
    </message>
    <message>
      <location filename="../../wagecase/../forms/catalogue.json" />
      <source>按案件信息预先填写的法律援助申请表，由申请人核对后签名或者按指印；每名申请人一份（集体案件为代表人转交的，每名代表人一份）。</source>
      <translation>Legal aid application form pre-filled from the case information, which the applicant checks and then signs or fingerprints; one per applicant (in collective cases referred through representatives, one per representative).</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>受理审查期限</source>
      <translation>Acceptance review period</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>限期支付期限</source>
      <translation>Payment deadline</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>听证申请期限</source>
      <translation>Period to request a hearing</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>决定书送达期限</source>
      <translation>Period to serve the decision</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>补正告知期限</source>
      <translation>Period to request supplementary materials</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>申请书副本送达期限</source>
      <translation>Period to serve the application copy</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>仲裁庭组成通知期限</source>
      <translation>Period to notify the tribunal</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>答辩期限</source>
      <translation>Defence period</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>答辩书副本送达期限</source>
      <translation>Period to serve the defence copy</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>开庭通知期限</source>
      <translation>Hearing notice period</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>请求延期开庭期限</source>
      <translation>Period to request postponement</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>劳动者起诉期限</source>
      <translation>Worker's period to sue</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>用人单位申请撤销裁决期限</source>
      <translation>Employer's period to apply to set aside</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>异议期限</source>
      <translation>Objection period</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>异议核实期限</source>
      <translation>Objection review period</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>列入期限</source>
      <translation>Listing term</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>期满移出期限</source>
      <translation>Removal at end of term</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>提前移出审核期限</source>
      <translation>Early removal review period</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>准予提前移出后移出期限</source>
      <translation>Removal after early removal granted</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>撤销列入后移出期限</source>
      <translation>Removal after listing revoked</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>指派律师期限</source>
      <translation>Period to assign a lawyer</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>移送公安机关期限</source>
      <translation>Period to transfer to the police</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>公安机关立案审查期限</source>
      <translation>Police case review period</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>约定答辩期限</source>
      <translation>Agreed defence period</translation>
    </message>
    <message>
      <location filename="../../wagecase/../db/reference/periods.csv" />
      <source>回避决定期限</source>
      <translation>Recusal decision period</translation>
    </message>
  </context>
</TS>
