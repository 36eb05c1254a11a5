"""Word lists for realistic Henan demo data: people, companies, projects, jobs, addresses.

Pure data plus a few composers that take a ``random.Random`` so the generator stays
deterministic for a seed. Nothing here is a real person or company; the combinations are
chosen to read like the files of a 郑州 labour-inspection office.
"""
from __future__ import annotations

import random

# Common Henan surnames, most frequent first (weights fall off down the list).
SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤"
)
# Relative frequency: 王李张刘陈 dominate in Henan, then a long tail.
SURNAME_WEIGHTS = tuple(
    (9.0 if i < 5 else 4.0 if i < 12 else 2.0 if i < 30 else 1.0) for i in range(len(SURNAMES))
)

MALE_GIVEN = (
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
    "鑫", "波", "宁", "健", "俊", "帅", "浩", "亮", "凯", "龙", "峰", "林", "兵", "锋", "东", "新",
    "建国", "建军", "国强", "志强", "海涛", "红军", "卫东", "振华", "保国", "新民", "玉良", "永强",
    "胜利", "春生", "金生", "国庆", "建设", "志刚", "建伟", "俊杰", "晓东", "文军", "二军", "三强",
    "小龙", "全喜", "玉山", "长海", "东升", "宏伟", "天明", "子豪", "浩然", "一鸣", "家乐", "明辉",
    "志勇", "永刚", "建华", "留柱", "铁柱", "银锁", "有才", "二伟", "国栋", "俊峰", "红伟", "新华",
)
FEMALE_GIVEN = (
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "萍", "红", "婷", "颖", "倩", "洁",
    "秀英", "桂兰", "玉兰", "红霞", "丽娟", "春梅", "海燕", "晓燕", "雪梅", "秀兰", "玉梅", "丽华",
    "桂芝", "凤英", "小红", "亚楠", "晓丽", "梦瑶", "欣怡", "雨涵", "佳琪", "艳丽", "素芳", "翠英",
)

# Prefectures that send most migrant workers get more hometowns in the mix.
LABOUR_EXPORT_PREFECTURES = frozenset({"411600", "411400", "411700", "411500", "411300"})
# The office issuing "郑…" numbers sits in 郑州: most workplaces are there.
HOME_PREFECTURE = "410100"

AREA_CODES = {
    "410100": "0371", "410200": "0378", "410300": "0379", "410400": "0375", "410500": "0372",
    "410600": "0392", "410700": "0373", "410800": "0391", "410900": "0393", "411000": "0374",
    "411100": "0395", "411200": "0398", "411300": "0377", "411400": "0370", "411500": "0376",
    "411600": "0394", "411700": "0396", "410000": "0391",
}

BRANDS = (
    "宏达", "鑫源", "中原", "华豫", "金诚", "豫龙", "恒信", "天成", "永盛", "瑞丰", "鸿运", "博远",
    "兴业", "富华", "正阳", "安泰", "盛世", "嘉禾", "润泽", "明达", "众诚", "东方", "泰和", "汇通",
    "金鼎", "鼎盛", "华盛", "隆昌", "振兴", "锦程", "宇通", "昊天", "诚信", "德润", "卓越", "腾飞",
    "新时代", "同力", "聚源", "方圆", "九州", "万通", "信达", "广源", "金桥", "豫通", "大河", "黄河",
    "嵩岳", "伏牛", "牡丹", "商都", "绿城", "鼎立", "亿丰", "中天", "长城", "祥瑞", "福源", "佳和",
    "凯达", "远航", "顺达", "金阳", "银河", "华中", "豫发", "恒达", "建业", "正弘", "康桥", "永威",
    "昌建", "普罗", "美景", "亚星", "天伦", "天地", "中鼎", "豫鑫", "明珠", "金水", "二砂", "郑兴",
    "洛建", "丰硕", "弘毅", "鸿福", "通宇", "立信", "昌盛", "丰源", "景泰", "华鑫", "广厦", "锦绣",
    "宏图", "晨光", "聚力", "中实", "金冠", "利民", "顺和", "春晖", "安居", "铭远", "豫中", "溢达",
)

# (trade, business-scope words) for the several kinds of employer
CONTRACTOR_TRADES = ("建设工程", "建筑工程", "建设集团", "建工集团", "路桥工程", "市政工程", "建筑安装工程")
SUBCONTRACTOR_TRADES = ("劳务", "建筑劳务", "建筑劳务分包", "装饰工程", "钢结构工程", "机电安装工程", "防水工程", "土石方工程")
OWNER_TRADES = ("置业", "房地产开发", "城市建设投资", "城市发展投资", "产业园开发", "实业")
OTHER_TRADES = (
    "餐饮管理", "物流", "商贸", "食品", "纺织", "服饰", "电子科技", "物业服务", "保安服务", "家政服务",
    "机械制造", "汽车销售服务", "酒店管理", "超市", "农业开发", "环保科技", "印刷", "包装材料",
    "新材料科技", "教育咨询", "快递服务", "家具制造", "医药连锁", "网络科技", "清洁服务", "建材",
)
# A few well-known-looking provincial groups, always general contractors.
BIG_CONTRACTORS = (
    "河南中原建工集团有限公司", "河南省第一建设集团有限公司", "河南省第二建设集团有限公司",
    "河南省第五建筑安装工程（集团）有限公司", "河南豫龙路桥建设集团有限公司", "河南华豫建设集团有限公司",
    "郑州一建集团有限公司", "河南黄河建工集团有限公司",
)

ROADS = (
    "建设路", "人民路", "中原路", "文化路", "解放路", "大学路", "黄河路", "长江路", "嵩山路", "经三路",
    "农业路", "花园路", "金水路", "商都路", "航海路", "陇海路", "紫荆山路", "东风路", "北环路", "南阳路",
    "桐柏路", "伏牛路", "工业路", "滨河路", "开元大道", "龙湖外环路", "迎宾大道", "新华路", "光明路", "团结路",
)
BUILDINGS = ("大厦", "国际广场", "商务中心", "科技园", "产业园", "写字楼", "财富中心")

PROJECT_PLACES = (
    "龙湖金融岛", "滨河花园", "锦绣华府", "中原新城", "翰林府", "御景湾", "书香苑", "世纪城", "未来城",
    "阳光城", "凤凰城", "紫荆苑", "滨湖国际", "金色港湾", "绿地中心", "璞园", "正商城", "清华园",
    "桃花源", "学府里", "湖畔雅居", "运河新城", "白沙新区", "高铁片区", "航空港区", "北龙湖", "象湖",
)
PROJECT_KINDS = (
    "住宅小区项目", "商业综合体项目", "保障性住房项目", "棚户区改造安置房项目", "人民医院新院区建设项目",
    "第一高级中学新校区建设项目", "标准化厂房项目", "污水处理厂提标改造工程", "道路综合改造工程",
    "公租房项目", "城中村改造安置房项目", "体育中心建设项目", "老旧小区改造项目", "物流园仓储项目",
    "职业技术学院新校区项目", "雨污分流改造工程", "快速路高架工程", "幼儿园建设项目",
)
PHASES = ("", "", "一期", "二期", "三期", "A区", "B区")

CONSTRUCTION_JOBS = (
    "钢筋工", "木工", "瓦工", "架子工", "电焊工", "水电工", "油漆工", "混凝土工", "小工", "塔吊司机",
    "普工", "抹灰工", "砌筑工", "防水工", "管道工", "信号工", "铲车司机", "装修工",
)
OTHER_JOBS = (
    "服务员", "厨师", "保安", "保洁员", "司机", "仓库管理员", "销售员", "缝纫工", "操作工", "装卸工",
    "快递员", "收银员", "配送员", "焊工", "机修工", "前台", "客服", "质检员",
)

VILLAGE_SUFFIXES = ("庄村", "楼村", "营村", "寨村", "集村", "屯村", "洼村", "岗村", "湾村", "店村")
TOWNS = ("城关镇", "新华街道", "李庄乡", "王集镇", "张店乡", "刘楼镇", "陈营乡", "老城镇", "白马镇", "双楼乡",
         "高集乡", "南丰镇", "城郊乡", "东关街道", "北关镇", "杨集镇", "黄营乡", "孙店镇")


def person_name(rng: random.Random, male: bool) -> str:
    surname = rng.choices(SURNAMES, weights=SURNAME_WEIGHTS)[0]
    given = rng.choice(MALE_GIVEN if male else FEMALE_GIVEN)
    return surname + given


def short_place(name: str) -> str:
    """郑州市 -> 郑州, 郸城县 -> 郸城: company names drop the administrative suffix."""
    if len(name) > 2 and name[-1] in "市县区":
        return name[:-1]
    return name


def company_name(rng: random.Random, kind: str, prefecture: str, county: str) -> str:
    """kind: owner | contractor | subcontractor | other. prefecture/county are names (郑州市, 金水区)."""
    brand = rng.choice(BRANDS)
    trade = rng.choice({
        "owner": OWNER_TRADES, "contractor": CONTRACTOR_TRADES,
        "subcontractor": SUBCONTRACTOR_TRADES, "other": OTHER_TRADES,
    }[kind])
    if kind == "contractor" and rng.random() < 0.04:
        return rng.choice(BIG_CONTRACTORS)
    style = rng.random()
    if style < 0.35:
        prefix = local_prefix(prefecture, county)  # 郑州市金水区宏达劳务有限公司
    elif style < 0.7:
        prefix = short_place(prefecture)  # 洛阳鑫源餐饮管理有限公司
    elif style < 0.85:
        prefix = "河南"
    else:
        prefix = "河南省"
    return f"{prefix}{brand}{trade}有限公司"


def local_prefix(prefecture: str, county: str) -> str:
    """A district is named with its city (郑州市金水区); a county or county-level city stands
    alone (郸城县, 巩义市)."""
    if county.endswith("区"):
        return prefecture + county
    return county or prefecture


def street_address(rng: random.Random, region_full_name: str) -> str:
    road = rng.choice(ROADS)
    number = rng.randint(1, 399)
    if rng.random() < 0.35:
        return f"{region_full_name}{road}{number}号{rng.choice(BRANDS)}{rng.choice(BUILDINGS)}{rng.randint(2, 28)}层"
    return f"{region_full_name}{road}{number}号"


def project_name(rng: random.Random, prefecture: str, county: str) -> str:
    place = rng.choice(PROJECT_PLACES)
    kind = rng.choice(PROJECT_KINDS)
    phase = rng.choice(PHASES)
    if rng.random() < 0.5:
        return f"{local_prefix(prefecture, county)}{place}{phase}{kind}"  # 洛阳市涧西区…保障性住房项目
    return f"{county or prefecture}{place}{phase}{kind}"


def project_address(rng: random.Random, region_full_name: str) -> str:
    a, b = rng.sample(ROADS, 2)
    corner = rng.choice(("东北角", "西南角", "东南角", "西北角", "南侧", "北侧"))
    return f"{region_full_name}{a}与{b}交叉口{corner}"


def hukou_place(rng: random.Random, region_full_name: str) -> str:
    town = rng.choice(TOWNS)
    village = rng.choice(SURNAMES[:40]) + rng.choice(VILLAGE_SUFFIXES)
    return f"{region_full_name}{town}{village}"


def mobile_phone(rng: random.Random) -> str:
    prefix = rng.choice(("13", "15", "18"))
    third = rng.choice("0123456789") if prefix != "15" else rng.choice("0123456789".replace("4", ""))
    return f"{prefix}{third}{rng.randrange(100_000_000):08d}"


def office_phone(rng: random.Random, prefecture_code: str) -> str:
    area = AREA_CODES.get(prefecture_code, "0371")
    return f"{area}-{rng.randint(5, 8)}{rng.randrange(10_000_000):07d}"


# Demo officers: (name, role value). Created only when the database has almost no users.
DEMO_OFFICERS = (
    ("王建华", "inspector"), ("李红梅", "inspector"), ("张志强", "inspector"), ("刘晓东", "inspector"),
    ("陈静", "inspector"), ("杨国庆", "arbitrator"), ("赵丽娟", "arbitrator"), ("周文军", "arbitrator"),
    ("吴海燕", "arbitrator"), ("孙亚楠", "clerk"), ("马俊杰", "clerk"), ("郭雪梅", "clerk"),
    ("郑国栋", "supervisor"),
)
