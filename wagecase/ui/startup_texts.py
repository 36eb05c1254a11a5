"""The words of the start-up dialogs (the database cannot be opened, is damaged, a backup).

Apart from app.py because that module is imported before the language is chosen: these are
read when a dialog needs them, by then in the screens' language.
"""
from __future__ import annotations

from .i18n import tr

DB_FILE_FILTER = tr("wagecase 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)")
BACKUP_FILE_FILTER = tr("数据库备份 (*.sqlite3 *.sqlite *.db);;所有文件 (*)")
CANT_OPEN = tr("无法打开数据库")
CREATE = tr("新建数据库")
RETRY = tr("重试")
CHOOSE = tr("选择其他数据库文件…")
RESTORE = tr("从备份恢复…")
CONTINUE = tr("继续使用")
QUIT = tr("退出")
