"""Chinese sentences of data safety: opening a database that is not right, backups, restores,
network shares; merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "server.auth": "服务器 {server} 拒绝了用户“{user}”：用户名或密码不正确。",
    "server.no_database": "服务器 {server} 上没有名为“{database}”的数据库，请数据库管理员先建立该数据库。",
    "server.unreachable": "无法连接服务器 {server}（服务器未启动、地址或端口有误，或被防火墙阻止）：{detail}",
    # opening a database (storage/health.py)
    "database.missing": "数据库文件“{path}”不存在。它可能已被移动、改名或删除，或者所在的U盘、网络盘没有连接。",
    "database.locked": "数据库“{path}”正被另一个程序独占使用（已锁定），暂时无法打开。请关闭正在使用它的程序"
                       "（另一个本系统窗口、数据库工具、备份或同步软件）后重试。数据库未作任何改动。",
    "database.not_sqlite": "文件“{path}”不是数据库文件，可能选错了文件，或者文件已被其他内容覆盖。该文件未作任何改动。",
    # {detail} (SQLite's own findings, in English) goes to the log, not into the sentence
    "database.corrupt": "数据库“{path}”已损坏（完整性检查未通过）。为免损坏扩大，程序没有使用它。"
                        "请从备份恢复，损坏的文件会先原样保存到备份文件夹。",
    "database.check_cancelled": "程序退出，数据库“{path}”的完整性检查未做完，下次启动时再检查。",
    "database.unreadable": "无法读取数据库“{path}”：{detail}。请检查文件权限，或选择其他数据库文件。",
    "database.network_share": "数据库文件“{path}”位于网络共享文件夹上（{share}）。SQLite 数据库放在网络盘上，"
                              "多台电脑同时使用时可能损坏数据（WAL 模式在网络文件系统上不能正常工作）。"
                              "请把数据库放在本机硬盘上；多台电脑共用一个数据库时，请改用 PostgreSQL 数据库服务器。",
    # restore (storage/restore.py, storage/pg_backup.py)
    "restore.backup_missing": "备份文件“{path}”不存在。",
    "restore.backup_not_sqlite": "文件“{path}”不是 SQLite 数据库备份，不能用来恢复。数据库未作任何改动。",
    "restore.backup_not_pg": "文件“{path}”不是 PostgreSQL 的备份文件（pg_dump 自定义格式）：{detail}。数据库未作任何改动。",
    "restore.backup_corrupt": "备份文件“{path}”已损坏（完整性检查未通过），不能用来恢复，请选择其他备份。"
                              "数据库未作任何改动。",
    "restore.backup_foreign": "文件“{path}”不是本系统的数据库备份（没有案件表或数据库版本记录），不能用来恢复。"
                              "数据库未作任何改动。",
    "restore.backup_too_new": "备份文件“{path}”由更新版本的程序创建（数据库版本 {found_revision}，本程序支持到 "
                              "{app_revision}），本程序不能恢复它。请升级程序后再恢复。数据库未作任何改动。",
    "restore.same_file": "备份文件“{path}”就是要恢复的数据库本身，请选择备份文件夹中的一个备份。",
    "restore.target_foreign": "“{path}”不是本系统的数据库。为免覆盖其他程序的数据，不能把备份恢复到这个文件，"
                              "请选择本系统的数据库文件。",
    "restore.failed": "恢复数据库“{path}”失败：{detail}。恢复前的数据库已保存在备份文件夹中。",
    # backups
    "backup.cancelled": "备份已取消，没有留下不完整的备份文件。",
    "backup.pg_tool_missing": "没有找到 PostgreSQL 的 {tool} 程序，无法备份或恢复 PostgreSQL 数据库。请安装 PostgreSQL "
                              "客户端工具（Windows：PostgreSQL 安装程序中的“Command Line Tools”；Debian/Ubuntu："
                              "sudo apt install postgresql-client），并把它所在的 bin 文件夹加入 PATH 环境变量。",
    "backup.pg_failed": "{tool} 执行失败：{detail}。请检查数据库地址、用户权限和网络。",
    "backup.keep_invalid": "自动备份保留份数应为1至365之间的整数。",
}
