"""Chinese sentences of case exchange between offices (案件包); merged into messages.CATALOGUE."""
from __future__ import annotations

CATALOGUE: dict[str, str] = {
    # the package refused: nothing was written
    "exchange.package_missing": "找不到案件包“{path}”，可能已被移动或删除。",
    "exchange.not_a_package": "“{path}”不是本系统导出的案件包（.wagecase），或文件不完整。请向对方机关重新索取。",
    "exchange.duplicate_member": "案件包内有重名的文件，可能被人为改动过，未导入。请向对方机关重新索取。",
    "exchange.member_missing": "案件包不完整：缺少文件“{name}”。请向对方机关重新索取，未导入任何内容。",
    "exchange.damaged": "案件包中的文件“{name}”已损坏，无法读取。请向对方机关重新索取，未导入任何内容。",
    "exchange.signature_invalid": "案件包的签名无法验证：包被改动过或不是本系统导出的。为保证案件材料真实，未导入任何内容。",
    "exchange.manifest_tampered": "案件包的清单（案件信息）与签名不符，导出后被改动过。为保证案件材料真实，未导入任何内容。",
    "exchange.file_tampered": "案件包中的{name}与签名不符，导出后被改动过。为保证案件材料真实，未导入任何内容。",
    "exchange.unsigned_file": "案件包中有未签名的文件“{name}”，导出后被添加过。为保证案件材料真实，未导入任何内容。",
    "exchange.untrusted": "案件包由“{office}”的密钥签名，但本机尚未信任该密钥（指纹 {fingerprint}）。请电话联系对方机关核对指纹，确认无误后在“设置 → 案件交换”中导入对方的公钥，再导入案件包。未导入任何内容。",
    "exchange.format_too_new": "案件包由更新版本的程序导出（格式版本 {version}），本程序无法读取。请升级程序后再导入。",
    "exchange.manifest_invalid": "案件包的清单内容不完整或格式不对（{where}），未导入任何内容。请向对方机关重新索取。",
    "exchange.package_changed": "案件包在预览之后被替换或改动过，未导入。请重新选择案件包并核对预览。",
    "exchange.cancelled": "已取消，未导入或导出任何内容。",
    # export
    "exchange.write_failed": "无法写入案件包“{path}”：{reason}。请换一个位置保存。",
    "exchange.source_missing": "案件的文件“{path}”在数据文件夹中找不到，无法导出。请联系系统管理员从备份中恢复。",
    "exchange.source_changed": "案件的文件“{path}”在保存后被改动过，与登记的校验值不符，无法导出。请联系系统管理员。",
    "exchange.store_failed": "无法把案件包中的文件保存到“{path}”：{reason}。请确认磁盘空间充足，未导入任何内容。",
    # keys and trusted offices
    "exchange.key_damaged": "本机的签名密钥文件“{path}”已损坏，无法签名。请联系系统管理员（可删除该文件后重新生成，并把新公钥发给各协作机关）。",
    "exchange.key_file_invalid": "该文件不是本系统导出的机关公钥文件（.wagecase-key）。",
    "exchange.key_file_unreadable": "无法读取公钥文件“{path}”：{reason}。",
    "exchange.key_file_changed": "公钥文件在核对指纹之后被替换，未添加。请重新选择文件并核对指纹。",
    "exchange.office_name_required": "请填写对方机关的名称。",
    "exchange.office_name_invalid": "机关名称填写有误：{reason}",
    "exchange.own_key": "这是本机自己的公钥，不需要添加为信任的机关。",
    "exchange.not_trusted_anymore": "该机关已不在信任列表中，可能已被其他用户移除，请刷新。",
}
