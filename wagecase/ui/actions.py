"""Every QAction of the main window, declared once: text, shortcut, icon and handler.

Menus, buttons and tests all take actions from here by key, so a shortcut or a label can never
differ between the menu and the toolbar.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget
from .i18n import LANGUAGE_TITLE, tr

SP = QStyle.StandardPixmap


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    handler: str  # name of the window's method the action triggers
    shortcut: str | QKeySequence.StandardKey | None = None
    icon: QStyle.StandardPixmap | None = None
    tip: str = ""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_inspection", tr("新建投诉登记"), "new_inspection", "Ctrl+N", SP.SP_FileIcon,
               tr("登记劳动保障监察投诉（欠薪投诉）")),
    ActionSpec("new_arbitration", tr("新建仲裁申请登记"), "new_arbitration", "Ctrl+Shift+N", SP.SP_FileDialogNewFolder,
               tr("登记劳动人事争议仲裁申请")),
    ActionSpec("import_case", tr("导入案件包…"), "import_case_package", None, SP.SP_DialogOpenButton,
               tr("导入其他机关移送的案件包（核验签名后以本机关的新案号登记）")),
    ActionSpec("change_password", tr("修改密码…"), "change_password", None, None, tr("修改当前用户的登录密码")),
    ActionSpec("switch_user", tr("切换用户…"), "switch_user", None, None, tr("注销当前用户并以其他用户登录")),
    ActionSpec("quit", tr("退出"), "close", "Ctrl+Q", SP.SP_DialogCloseButton, tr("退出程序")),
    ActionSpec("find", tr("查找案件"), "focus_search", "Ctrl+F", SP.SP_FileDialogContentsView,
               tr("按案号、姓名、身份证号、用人单位、项目或拼音首字母查找")),
    ActionSpec("refresh", tr("刷新"), "refresh", "F5", SP.SP_BrowserReload, tr("重新读取案件列表")),
    ActionSpec("close_case", tr("关闭当前案件"), "close_current_case", "Ctrl+W", SP.SP_DialogCloseButton,
               tr("关闭当前打开的案件标签页")),
    ActionSpec("help", tr("使用手册"), "show_help", QKeySequence.StandardKey.HelpContents, SP.SP_DialogHelpButton,
               tr("打开当前页面的使用说明（F1）")),
    # whoever finds the screens in a language they cannot read can still find this one
    ActionSpec("language", LANGUAGE_TITLE + "…", "choose_language", None, None,
               tr("选择界面的语言，下次启动时生效")),
    ActionSpec("about", tr("关于"), "about", None, SP.SP_MessageBoxInformation, tr("程序版本和说明")),
)

BILINGUAL = {"language"}

MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (tr("文件(&F)"), ("new_inspection", "new_arbitration", "import_case", None, "change_password", "switch_user", None, "quit")),
    (tr("视图(&V)"), ("find", "refresh", None, "close_case", None, "language")),
    (tr("帮助(&H)"), ("help", None, "about")),
)


def build_actions(window: QWidget) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, window)
        action.setObjectName(spec.key)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon is not None:
            action.setIcon(window.style().standardIcon(spec.icon))
        if spec.tip:
            action.setToolTip(spec.tip)
            action.setStatusTip(spec.tip)
        action.triggered.connect(getattr(window, spec.handler))
        window.addAction(action)
        action.setProperty("bilingual", spec.key in BILINGUAL)
        actions[spec.key] = action
    return actions


def build_menus(window, actions: dict[str, QAction]) -> None:
    bar = window.menuBar()
    for title, keys in MENUS:
        menu = bar.addMenu(title)
        for key in keys:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[key])
