"""Chinese sentences of saved filters (我的工作队列); merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    "saved_filters.name_empty": "请为要保存的筛选填写一个名称，例如“我的未结监察案件”。",
    "saved_filters.name_too_long": "筛选名称最多{max}个字，现在是{length}个字，请改短一些。",
    "saved_filters.name_taken": "已有名为“{name}”的筛选，请换一个名称。",
    "saved_filters.list_unknown": "“{list_key}”不是可以保存筛选的案件列表。",
    "saved_filters.not_found": "找不到这个保存的筛选，可能已被删除，请重新选择。",
    "saved_filters.no_user": "当前没有登录的用户，无法保存筛选。",
}
