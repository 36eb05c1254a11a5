"""wagecase-cli: maintenance from the command line (never imports Qt).

    wagecase-cli version [--database URL]
    wagecase-cli migrate [--database URL]
    wagecase-cli demo --cases N [--seed S] [--database URL]
    wagecase-cli backup PATH [--database URL]
    wagecase-cli restore BACKUP [--yes] [--database URL]
    wagecase-cli stats --from DATE --to DATE --out FILE.xlsx|FILE.pdf [--county CODE] [--database URL]
    wagecase-cli case show ID [--json] [--database URL]
    wagecase-cli case export ID --out FILE.wagecase [--database URL]
    wagecase-cli case import FILE.wagecase [--yes] [--database URL]
    wagecase-cli audit verify [--database URL]
    wagecase-cli audit export --from DATE --to DATE --out FILE.xlsx [--database URL]
    wagecase-cli forms
    wagecase-cli check-templates [--dir PATH]
    wagecase-cli render FORM_ID --case ID --format pdf|docx --out PATH [--input KEY=VALUE ...]

Expected failures (a RuleError, a database that cannot be reached) print one Chinese sentence
to stderr and exit with 2; a traceback is shown only with WAGECASE_DEBUG=1.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

from . import __version__

EXIT_ERROR = 2

_ARGPARSE_ERRORS = (
    (re.compile(r"the following arguments are required: (.+)"), "缺少必需的参数：{0}"),
    (re.compile(r"unrecognized arguments: (.+)"), "无法识别的参数：{0}"),
    (re.compile(r"argument (\S+): invalid int value: '(.*)'"), "参数 {0} 应为整数，而不是“{1}”"),
    (re.compile(r"argument (\S+): invalid choice: '?([^' ]*)'?.*"), "参数 {0} 不能取“{1}”"),
    (re.compile(r"argument (\S+): expected one argument"), "参数 {0} 后面需要一个值"),
)


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "用法：")


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        with_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        if with_help:  # argparse's own -h says "show this help message and exit"
            self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str):  # argparse's own texts are English: say them in Chinese
        for pattern, chinese in _ARGPARSE_ERRORS:
            m = pattern.fullmatch(message)
            if m:
                message = chinese.format(*m.groups())
                break
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}：错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    db_help = ("数据库地址（SQLAlchemy URL，例如 sqlite:///D:/案件/wagecase.sqlite3 或 "
               "postgresql+psycopg://用户@主机/库名）；默认取环境变量 WAGECASE_DATABASE_URL，"
               "否则为数据文件夹中的 SQLite 数据库")
    parser = _Parser(prog="wagecase-cli", description="农民工欠薪案件管理系统 命令行工具")
    parser.add_argument("--database", metavar="URL", default=None, help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)
    sub.required = True

    def command(name: str, **kwargs) -> argparse.ArgumentParser:
        p = sub.add_parser(name, **kwargs)
        # SUPPRESS: a --database given before the command is not overwritten by the sub-parser
        p.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=db_help)
        return p

    p = command("version", help="显示程序版本（指定 --database 时同时显示数据库结构版本）",
                description="显示程序版本；指定 --database 时同时显示该数据库的结构版本。")
    p.set_defaults(func=cmd_version)

    p = command("migrate", help="将数据库升级到当前版本（升级前自动备份）",
                description="将数据库结构升级到本程序的版本。SQLite 数据库升级前先在数据文件夹的 backups 中备份。")
    p.set_defaults(func=cmd_migrate)

    p = command("demo", help="生成演示数据（河南省的模拟案件）",
                description="批量生成逼真的演示案件（监察与仲裁、个案与集体案件、工程建设项目及其承包链条）。"
                            "可重复执行，每次在已有数据之后追加，案号不会重复。")
    p.add_argument("--cases", type=int, required=True, metavar="N", help="要生成的案件数，例如 100000")
    p.add_argument("--seed", type=int, default=2026, metavar="S", help="随机种子，相同种子生成相同的数据（默认 2026）")
    p.set_defaults(func=cmd_demo)

    p = command("case", help="查看案件（case show ID），导出、导入案件包（case export / case import）",
                description="查看案件。case show ID 显示案件概况、根据程序事项计算的法定期限（到期日、剩余天数、"
                            "法律依据）以及各项规则判断（简易处理、终局裁决、时效等）及其理由。"
                            "case export 把一件案件连同证据材料和文书导出为签名的案件包（移送有管辖权的机关，"
                            "跨区域协作）；case import 核验签名后导入对方机关的案件包。")
    case_sub = p.add_subparsers(dest="case_command", metavar="子命令", parser_class=_Parser)
    case_sub.required = True
    show = case_sub.add_parser("show", help="显示一件案件及其期限与规则判断",
                               description="显示一件案件及其期限与规则判断；--json 输出便于核对和交换的 JSON。")
    show.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    show.add_argument("case_id", type=int, metavar="ID", help="案件编号（数据库中的案件 ID，例如 17）")
    show.add_argument("--json", action="store_true", help="以 JSON 输出（UTF-8，日期为 ISO 格式）")
    show.set_defaults(func=cmd_case_show)
    export = case_sub.add_parser(
        "export", help="把一件案件导出为签名的案件包（.wagecase）",
        description="把案件的全部信息（当事人、劳动者及欠薪明细、办理记录、支付记录）、证据材料和已签发文书的"
                    "文件导出为一个案件包，并用本机的签名密钥签名（首次导出时生成密钥）。接收机关须先在"
                    "“设置 → 案件交换”中信任本机的公钥。导出记入操作日志。")
    export.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    export.add_argument("case_id", type=int, metavar="ID", help="案件编号（数据库中的案件 ID，例如 17）")
    export.add_argument("--out", required=True, metavar="FILE", help="案件包文件，例如 D:/移送/张三案.wagecase")
    export.set_defaults(func=cmd_case_export)
    imp = case_sub.add_parser(
        "import", help="核验并导入其他机关的案件包",
        description="核验案件包的签名、每个文件的校验值和签名机关是否受信任，显示将新建和关联的记录以及与本机"
                    "记录不同之处（以本机记录为准），确认后以本机的新案号导入。任何一项不通过都不导入。")
    imp.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    imp.add_argument("package", metavar="FILE", help="案件包文件（.wagecase）")
    imp.add_argument("--yes", action="store_true", help="不再询问，直接导入")
    imp.set_defaults(func=cmd_case_import)

    p = command("audit", help="操作日志：audit verify 核验完整性，audit export 导出为 Excel",
                description="操作日志（每项修改、登录、打印、导出和查看完整号码的记录，逐条以校验值相连）。"
                            "audit verify 核验日志是否完整（有记录被修改、删除或插入时退出码为 1）；"
                            "audit export 把一段期间的日志导出为 Excel 工作簿。")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="子命令", parser_class=_Parser)
    audit_sub.required = True
    verify = audit_sub.add_parser(
        "verify", help="核验操作日志的完整性",
        description="逐条核对操作日志的校验值：发现被修改、删除或插入的记录时，指出第一条有问题的记录"
                    "（编号、时间、操作），其后的记录均无法核验，退出码为 1。日志末尾被删除的记录链条本身"
                    "看不出，因此每次核验通过后都在数据库中记下核验点（最后一条的编号、校验值和总条数），"
                    "下次核验时与之比对。日志完整时退出码为 0。")
    verify.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    verify.set_defaults(func=cmd_audit_verify)
    export = audit_sub.add_parser(
        "export", help="把一段期间的操作日志导出为 Excel",
        description="导出统计期间（含起止两日）的操作日志：时间、用户、操作、对象、案号、内容，以及修改前后的"
                    "原始记录和校验值。导出本身也记入操作日志。")
    export.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=db_help)
    export.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="开始日期，例如 2026-03-01")
    export.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="结束日期（含当日），例如 2026-03-31")
    export.add_argument("--out", required=True, metavar="FILE", help="输出文件（.xlsx），例如 D:/日志/2026年3月.xlsx")
    export.set_defaults(func=cmd_audit_export)

    p = sub.add_parser("forms", help="列出全部文书（编号、名称、适用案件、编号方式、需填写的内容）",
                       description="列出文书目录 forms/catalogue.json 中的全部文书。")
    p.set_defaults(func=cmd_forms)

    p = sub.add_parser("check-templates", help="检查文书模板（占位符、必备内容、被 Word 拆开的占位符）",
                       description="用每种文书的样例内容检查其 Word 模板：语法错误、未知的占位符、被 Word 拆成几段的"
                                   "占位符、缺少的必备内容（以上为错误），以及模板未使用的内容（提示）。"
                                   "有错误时退出码为 1。")
    p.add_argument("--dir", metavar="PATH", default=None,
                   help="要检查的模板所在文件夹（默认为程序自带的 forms/templates）；"
                        "文件夹中有 catalogue.json 时按其中的文书目录检查")
    p.set_defaults(func=cmd_check_templates)

    p = command("render", help="为一件案件生成文书草稿（PDF 或 Word），不编号、不登记",
                description="按案件的数据生成文书草稿（文号显示为“（草稿）”），写入指定文件，不改变数据库。")
    p.add_argument("form_id", metavar="FORM_ID", help="文书编号，例如 inspection.acceptance_notice（见 forms 命令）")
    p.add_argument("--case", dest="case_id", type=int, required=True, metavar="ID", help="案件编号（数据库中的案件 ID）")
    p.add_argument("--format", dest="fmt", choices=("pdf", "docx"), default="pdf", help="输出格式：pdf 或 docx（默认 pdf）")
    p.add_argument("--out", required=True, metavar="PATH", help="输出文件路径；为文件夹时使用默认文件名")
    p.add_argument("--input", dest="inputs", action="append", default=[], metavar="KEY=VALUE",
                   help="文书需要填写的内容，例如 --input ground=over_two_years（可重复）")
    p.add_argument("--recipient", type=int, default=None, metavar="N",
                   help="按第 N 名劳动者（从 1 起）生成，例如送达回证的受送达人")
    p.set_defaults(func=cmd_render)

    p = command("stats", help="生成统计报表（Excel 或 PDF）",
                description="按统计期间（含起止两日）生成劳动保障监察与劳动人事争议仲裁案件统计报表："
                            "收案、结案、追回工资、移送公安、失信名单、法律援助、法定期限执行情况和文书送达情况。"
                            "输出文件扩展名为 .xlsx 时生成 Excel 工作簿（每张表一个工作表），为 .pdf 时生成 PDF。")
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="开始日期，例如 2026-11-01")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="结束日期（含当日），例如 2026-11-30")
    p.add_argument("--out", required=True, metavar="FILE", help="输出文件，例如 D:/统计/2026年11月.xlsx")
    p.add_argument("--county", default="", metavar="CODE",
                   help="只统计该地区的案件（行政区划代码，例如 410105；市级代码包括其下各县区）")
    p.set_defaults(func=cmd_stats)

    p = command("backup", help="备份数据库到指定文件",
                description="在线备份 SQLite 数据库（程序运行中也可执行），备份完成后做完整性检查；"
                            "PostgreSQL 数据库用 pg_dump 备份（需安装 PostgreSQL 客户端工具）。")
    p.add_argument("path", metavar="PATH", help="备份文件的路径，例如 D:/备份/wagecase-20260305.sqlite3")
    p.add_argument("--overwrite", action="store_true", help="目标文件已存在时覆盖它")
    p.set_defaults(func=cmd_backup)

    p = command("restore", help="从备份恢复数据库（先检查备份，并把当前数据库另存到备份文件夹）",
                description="用备份文件替换数据库。先检查备份（完整、属于本系统、版本不高于本程序），"
                            "再把当前数据库备份到数据文件夹的 backups 中，然后替换，并升级到本程序的数据库版本。"
                            "请先关闭正在使用该数据库的程序窗口。PostgreSQL 数据库用 pg_restore 和 psql 恢复。")
    p.add_argument("backup", metavar="BACKUP", help="备份文件，例如 D:/备份/wagecase-20260305.sqlite3")
    p.add_argument("--yes", action="store_true", help="不再询问，直接恢复")
    p.set_defaults(func=cmd_restore)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        _err("已中断。")
        return 130
    except Exception as exc:  # noqa: BLE001 - turned into one readable sentence below
        if os.environ.get("WAGECASE_DEBUG"):
            raise
        _err(_describe(exc))
        return EXIT_ERROR


# ---- commands -----------------------------------------------------------------------------

def cmd_version(args: argparse.Namespace) -> int:
    print(f"wagecase {__version__}")
    if args.database:
        from .storage.engine import is_sqlite, make_engine, sqlite_path
        from .storage.migrations import HEAD_REVISION, current_revision

        path = sqlite_path(args.database) if is_sqlite(args.database) else None
        if path is not None and not path.exists():
            # connecting would create an empty file: a version query must not change anything
            print(f"数据库文件不存在：{path}")
            return EXIT_ERROR
        from .services.safety import network_warning

        warning = network_warning(args.database)
        if warning:
            print(f"警告：{warning}")
        engine = make_engine(args.database)
        try:
            revision = current_revision(engine)
        finally:
            engine.dispose()
        if revision is None:
            print("数据库结构版本：无（空数据库，尚未初始化）")
        elif revision == HEAD_REVISION:
            print(f"数据库结构版本：{revision}（最新）")
        else:
            print(f"数据库结构版本：{revision}（程序版本为 {HEAD_REVISION}，可执行 migrate 升级）")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from . import paths
    from .storage.engine import make_engine
    from .storage.migrations import upgrade

    url = _url(args)
    engine = make_engine(url)
    try:
        result = upgrade(engine, backup_dir=paths.backups_dir())
    finally:
        engine.dispose()
    if result.created:
        print(f"已新建数据库结构：{result.to_revision}")
    elif result.upgraded:
        print(f"数据库结构已从 {result.from_revision} 升级到 {result.to_revision}")
    else:
        print(f"数据库结构已是最新版本：{result.to_revision}，无需升级")
    if result.backup_path:
        print(f"升级前的备份：{result.backup_path}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    if args.cases <= 0:
        _err("案件数应为正整数，例如 --cases 1000。")
        return EXIT_ERROR
    from . import bootstrap

    services = bootstrap.build(_url(args))
    start = time.perf_counter()
    step = max(1, args.cases // 20)
    shown = [0]

    def progress(done: int, total: int) -> bool:
        if done - shown[0] >= step or done == total:
            shown[0] = done
            _err(f"已生成 {done:,} / {total:,} 件（{done * 100 // total}%），用时 {time.perf_counter() - start:.1f} 秒")
        return True

    added = services.demo.generate(args.cases, seed=args.seed, progress=progress)
    elapsed = time.perf_counter() - start
    print(f"已生成演示案件 {added} 件，用时 {elapsed:.1f} 秒")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from .domain.dates import parse_iso_date
    from .domain.statistics import custom_period

    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        _err(f"输出文件的扩展名应为 .xlsx 或 .pdf：{out}")
        return EXIT_ERROR
    days = []
    for text in (args.date_from, args.date_to):
        day = parse_iso_date(text)
        if day is None:
            _err(_rule_message_key("statistics.bad_date", text=text))
            return EXIT_ERROR
        days.append(day)
    period = custom_period(*days)
    services = _existing_services(args)
    if services is None:
        return EXIT_ERROR
    report = services.statistics.report(period, county_code=args.county.strip())
    data = services.stats_export.xlsx(report) if out.suffix.lower() == ".xlsx" else services.stats_export.pdf(report)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    received = report.table("received_by_type").total.values[0]
    closed = report.table("closed_by_type").total.values[0]
    print(f"已生成{report.period_label}统计报表（{report.scope_label}）：收案 {received} 件，结案 {closed} 件 → {out}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    services = _existing_services(args)
    if services is None:
        return EXIT_ERROR
    started = time.perf_counter()
    found = services.audit_log.verify()
    print(found.text)
    if found.ok:
        print(f"（用时 {time.perf_counter() - started:.1f} 秒" + ("，已记下核验点）" if found.checkpoint_written else "）"))
        return 0
    return 1


def cmd_audit_export(args: argparse.Namespace) -> int:
    from .domain.dates import parse_iso_date
    from .services.audit_view import AuditFilter

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        _err(f"输出文件的扩展名应为 .xlsx：{out}")
        return EXIT_ERROR
    days = []
    for text in (args.date_from, args.date_to):
        day = parse_iso_date(text)
        if day is None:
            _err(_rule_message_key("audit.bad_date", text=text))
            return EXIT_ERROR
        days.append(day)
    services = _existing_services(args)
    if services is None:
        return EXIT_ERROR
    data, rows = services.audit_log.export(AuditFilter(date_from=days[0], date_to=days[1]))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"已导出 {days[0].isoformat()} 至 {days[1].isoformat()} 的操作日志 {rows} 条 → {out}")
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    import json

    services = _existing_services(args)
    if services is None:
        return EXIT_ERROR
    report = _case_report(services, args.case_id)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, default=_json_value))
    else:
        print(_case_text(report))
    return 0


def _confirmed(question: str, cancelled: str) -> bool:
    """Asks on the terminal; anything but 是/y (or no terminal at all) is no, said on stderr."""
    try:
        answer = input(f"{question}输入“是”或 y 确认：")
    except EOFError:
        answer = ""
    if answer.strip().lower() in ("是", "y", "yes"):
        return True
    _err(cancelled)
    return False


def cmd_case_export(args: argparse.Namespace) -> int:
    services = _existing_services(args)
    if services is None:
        return EXIT_ERROR
    done = services.exchange.export_case(args.case_id, args.out)
    size = done.size / 1024 / 1024
    print(f"已导出案件包：{done.path}（{done.case_number}，证据材料 {done.attachments} 件，文书 {done.documents} 份，"
          f"{size:.1f} MB）")
    print(f"签名密钥指纹：{done.fingerprint}（接收机关核对用）")
    return 0


def cmd_case_import(args: argparse.Namespace) -> int:
    services = _existing_services(args)
    if services is None:
        return EXIT_ERROR
    preview = services.exchange.preview_import(args.package)
    print(f"案件包：{preview.path}")
    print(f"来自：{preview.origin_office}（签名密钥已信任为“{preview.signer_office}”，指纹 {preview.signer_fingerprint}）")
    print(f"导出：{preview.exported_at:%Y-%m-%d %H:%M}，{preview.exported_by or '—'}")
    print(f"原案号：{preview.case_number}（{preview.case_type_label}，{preview.status_label}），"
          f"劳动者 {preview.worker_count} 人，金额合计 {preview.claimed_text} 元")
    print("将要：")
    for line in preview.lines:
        print(f"  - {line.what}：{line.name} —— {line.action}")
    if preview.conflicts:
        print("与本机记录不同（以本机记录为准，导入的内容不覆盖本机记录）：")
        for conflict in preview.conflicts:
            print(f"  - {conflict}")
    for note in preview.notes:
        print(f"提示：{note}")
    if not args.yes and not _confirmed("确定导入吗？", "已取消，未导入任何内容。"):
        return 1
    done = services.exchange.import_package(args.package, preview.package_id)
    print(f"已导入：{done.case_number}（原案号 {done.origin_case_number}，案件 ID {done.case_id}）")
    return 0


def _case_report(services, case_id: int) -> dict:
    """The case, its computed deadlines and the rule outcomes as plain JSON-ready values."""
    from dataclasses import asdict

    from .domain.money import from_fen

    d = services.cases.detail(case_id)
    case = {
        "id": d.id, "number": d.case_number, "type": d.case_type, "type_label": d.case_type_label,
        "status": d.status, "status_label": d.status_label, "is_collective": d.is_collective,
        "received_date": d.received_at.date(), "officer": d.officer_name,
        "employer": {"name": d.employer.name, "credit_code": d.employer.credit_code},
        "project": d.project.name if d.project else "",
        "claimed_yuan": str(from_fen(d.claimed_fen)),
        "workers": [{"name": w.name, "id_number": w.id_number, "is_migrant_worker": w.is_migrant_worker,
                     "is_representative": w.is_representative, "claimed_yuan": str(from_fen(w.claimed_fen))}
                    for w in d.workers],
    }
    return {
        "case": case,
        "deadlines": [asdict(x) for x in services.deadlines.case_deadlines(case_id)],
        "rules": [asdict(x) for x in services.rules.outcomes(case_id)],
        "notes": [asdict(x) for x in services.rules.notes(case_id)],
    }


def _json_value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _case_text(report: dict) -> str:
    from datetime import date

    from .domain.dates import format_date

    c = report["case"]
    workers = c["workers"]
    who = workers[0]["name"] + (f"等{len(workers)}人" if len(workers) > 1 else "") if workers else "（无）"
    received = c["received_date"]
    lines = [
        f"{c['number']}（{c['type_label']}，{c['status_label']}）",
        f"收到日期：{format_date(received) if isinstance(received, date) else received}"
        f"　经办人：{c['officer'] or '未指定'}",
        f"用人单位：{c['employer']['name']}" + (f"（{c['employer']['credit_code']}）" if c['employer']['credit_code'] else ""),
        f"劳动者：{who}　请求金额合计：{c['claimed_yuan']} 元",
        "",
        "法定期限：",
    ]
    if not report["deadlines"]:
        lines.append("  （尚无程序事项开始计算的期限）")
    for x in report["deadlines"]:
        mark = "（暂定）" if x["provisional"] else ""
        lines.append(f"  {x['name']}［{x['duty_label']}］  到期日 {x['due_text']}{mark}  "
                     f"{x['days_text']}  {x['state_label']}")
        lines.append(f"    依据：{x['basis']}")
    lines += ["", "规则判断："]
    if not report["rules"]:
        lines.append("  （无）")
    for r in report["rules"]:
        lines.append(f"  {r['title']}：{r['verdict']}")
        lines.extend(f"    - {reason}" for reason in r["reasons"])
        if r.get("basis"):
            lines.append(f"    依据：{r['basis']}")
    if report["notes"]:
        lines += ["", "地方规定提示："]
        lines.extend(f"  - {n['text']}" for n in report["notes"])
    return "\n".join(lines)


def cmd_backup(args: argparse.Namespace) -> int:
    from .services import safety

    dest = Path(args.path)
    if dest.exists() and not args.overwrite:
        _err(f"备份文件“{dest}”已存在。请换一个文件名，或加上 --overwrite 覆盖它。")
        return EXIT_ERROR
    started = time.perf_counter()
    written = safety.backup(_url(args), dest)
    size = written.stat().st_size / 1024 / 1024
    print(f"已备份到：{written}（{size:.1f} MB，用时 {time.perf_counter() - started:.1f} 秒）")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from . import paths
    from .services import safety

    url = _url(args)
    target = safety.location(url)
    started = time.perf_counter()
    found = safety.check_backup(url, args.backup)  # refused here, before anything is touched
    cases = f"{found.cases} 件案件" if found.cases >= 0 else "案件数需恢复后才能知道"
    print(f"备份文件：{found.path}（{found.size / 1024 / 1024:.1f} MB，{cases}，数据库版本 {found.revision}），"
          "检查通过。")
    print(f"将被替换的数据库：{target}")
    print(f"替换前，当前数据库先备份到：{paths.backups_dir()}")
    if not args.yes and not _confirmed("确定用这个备份替换当前数据库吗？", "已取消，数据库未作任何改动。"):
        return 1
    done = safety.restore(url, args.backup, paths.backups_dir())
    print(f"已从备份恢复：{target}（用时 {time.perf_counter() - started:.1f} 秒）")
    if done.safety_backup:
        print(f"恢复前的数据库已备份到：{done.safety_backup}")
    if done.backup.revision != done.to_revision:
        print(f"数据库结构已从 {done.backup.revision} 升级到 {done.to_revision}")
    return 0


def cmd_forms(args: argparse.Namespace) -> int:
    from . import paths
    from .documents.catalogue import load_catalogue
    from .domain.case import CaseType

    numbering = {"own": "本文书文号", "case": "案号", "served": "被送达文书的文号",
                 "award": "裁决的编号（分别裁决时为-1号、-2号）"}
    per = {"case": "每案一份", "worker": "每名劳动者一份", "respondent": "每个被申请人一份",
           "recipient": "每名受送达人一份", "subject": "每名失信名单当事人一份",
           "applicant": "每名法律援助申请人一份"}
    for form_id, spec in load_catalogue(paths.forms_dir()).items():
        types = "、".join(CaseType(t).label for t in sorted(spec.case_types))
        print(f"{form_id}  {spec.title}")
        print(f"    适用：{types}；编号：{numbering.get(spec.numbering, spec.numbering)}；"
              f"{per.get(spec.per, spec.per)}；模板：{spec.template}")
        for item in spec.inputs:
            need = "必填" if item.required else "选填"
            choices = "（" + " / ".join(f"{v}={label}" for v, label in item.choices) + "）" if item.choices else ""
            print(f"    填写 {item.key}：{item.label}，{need}{choices}")
    return 0


def cmd_check_templates(args: argparse.Namespace) -> int:
    from . import paths
    from .documents.catalogue import load_catalogue
    from .documents.samples import sample_context
    from .documents.template_check import check_template

    forms_dir = paths.forms_dir()
    folder = forms_dir / "templates"
    if args.dir:
        given = Path(args.dir)
        if not given.is_dir():
            _err(f"文件夹“{given}”不存在。")
            return EXIT_ERROR
        # a folder with its own catalogue is a whole forms/ folder; otherwise only templates
        forms_dir, folder = (given, given / "templates") if (given / "catalogue.json").exists() else (forms_dir, given)
    catalogue = load_catalogue(forms_dir)  # a template missing from --dir is reported per form below
    errors = warnings = 0
    for spec in catalogue.values():
        problems = check_template(folder / spec.template, spec, sample_context(spec))
        bad = [p for p in problems if p.is_error]
        errors += len(bad)
        warnings += len(problems) - len(bad)
        status = "有错误" if bad else ("通过（有提示）" if problems else "通过")
        print(f"{spec.title}（{spec.template}）：{status}")
        for p in problems:
            print(f"    {'错误' if p.is_error else '提示'}：{p.message}")
    print(f"共检查 {len(catalogue)} 个模板：错误 {errors} 处，提示 {warnings} 处。")
    return 1 if errors else 0


def cmd_render(args: argparse.Namespace) -> int:
    inputs: dict[str, str] = {}
    for item in args.inputs:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            _err(f"--input 的写法应为 名称=内容，例如 --input ground=over_two_years，而不是“{item}”。")
            return EXIT_ERROR
        inputs[key.strip()] = value.replace("\\n", "\n")
    services = _existing_services(args)
    if services is None:
        return EXIT_ERROR
    recipient = args.recipient - 1 if args.recipient else None
    try:
        rendered = services.documents.preview(args.case_id, args.form_id, args.fmt, inputs=inputs or None,
                                              recipient_index=recipient)
    except Exception as exc:  # noqa: BLE001 - several fields may be wrong at once: say each
        errors = getattr(exc, "errors", None)
        if not errors:
            raise
        from .domain.messages import message

        _err(_rule_message(exc))
        for e in errors:
            _err(f"  - {message(e.key, **e.params)}")
        return EXIT_ERROR
    out = Path(args.out)
    if out.is_dir():
        out = out / rendered.filename
    out.write_bytes(rendered.data)
    for warning in rendered.warnings:
        _err(f"提示：{warning}")
    print(f"已生成：{out}（{len(rendered.data) / 1024:.0f} KB）")
    return 0


# ---- helpers ------------------------------------------------------------------------------

def _url(args: argparse.Namespace) -> str:
    if args.database:
        return args.database
    from .bootstrap import default_url

    return default_url()


def _existing_services(args: argparse.Namespace):
    """The services on an existing database; None (said on stderr) when the SQLite file is
    missing, since opening would create an empty one: reading a case must not change anything."""
    url = _url(args)
    from .storage.engine import is_sqlite, sqlite_path

    path = sqlite_path(url) if is_sqlite(url) else None
    if path is not None and not path.exists():
        _err(f"数据库文件不存在：{path}")
        return None
    from . import bootstrap

    return bootstrap.build(url)


def _describe(exc: Exception) -> str:
    from .domain.errors import RuleError

    if isinstance(exc, RuleError):
        return _rule_message(exc)
    if type(exc).__module__.startswith("sqlalchemy"):
        # a URL that does not parse, a server that does not answer, a file we may not write
        detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        return _rule_message_key("database.unreachable", detail=detail)
    if isinstance(exc, OSError):
        return f"文件操作失败：{exc.strerror or exc}（{exc.filename or ''}）"
    return f"操作失败：{type(exc).__name__}: {exc}。设置环境变量 WAGECASE_DEBUG=1 可查看详细信息。"


def _rule_message(exc) -> str:
    return _rule_message_key(exc.key, **exc.params)


def _rule_message_key(key: str, **params) -> str:
    try:
        from .domain.messages import message
    except ImportError:  # the catalogue is optional for the CLI: the key still says what failed
        return key
    return message(key, **params)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
