# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Fictitious park enterprises for the sample database and the benchmarks.

``generate_enterprises(n)`` yields ``n`` enterprises as plain dictionaries,
always the same for the same arguments: realistic Chinese names, unified
social credit codes with valid check digits (GB 32100-2015, whose
organisation-code part also carries a valid GB 11714 check character), legal
representatives, a service contact with an e-mail address under example.com,
licences, and dates that hang together (licences are issued on or after the
registration date).

It needs only the standard library and ``python-stdnum``: the benchmarks call
it inside ``odoo shell``, ``generate_demo.py`` writes the demo XML with it.
"""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from stdnum.cn import uscc as stdnum_uscc

# the day the demo files were generated from: dates in the files never move
GENERATION_DATE = date(2025, 11, 1)

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
    "彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
    "石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬"
    "燕彬鹏辉宇浩凯健俊帆帅旭宁龙林欣悦佳雪琳晨阳建国志文斌波斌峰"
    "岩松"
)

# brand characters with their pinyin, for names and e-mail domains
BRANDS = {
    "华": "hua",
    "鑫": "xin",
    "泰": "tai",
    "恒": "heng",
    "瑞": "rui",
    "宏": "hong",
    "德": "de",
    "盛": "sheng",
    "源": "yuan",
    "通": "tong",
    "达": "da",
    "联": "lian",
    "创": "chuang",
    "嘉": "jia",
    "晟": "sheng",
    "正": "zheng",
    "业": "ye",
    "信": "xin",
    "诚": "cheng",
    "博": "bo",
    "齐": "qi",
    "鲁": "lu",
    "润": "run",
    "丰": "feng",
    "海": "hai",
    "天": "tian",
    "昊": "hao",
    "宇": "yu",
    "星": "xing",
    "和": "he",
    "金": "jin",
    "银": "yin",
    "东": "dong",
    "方": "fang",
    "永": "yong",
    "安": "an",
    "佳": "jia",
    "明": "ming",
    "远": "yuan",
    "新": "xin",
}

# what the enterprises of an industry make, per industry xml id
PRODUCTS = {
    "industry_new_materials": "新材料 高分子材料 新型建材 复合材料 耐火材料".split(),
    "industry_intelligent_equipment": "机械 智能装备 数控设备 泵业 机电".split(),
    "industry_biomedicine": ["生物科技", "药业", "医疗器械", "生物制药"],
    "industry_electronic_information": ["电子科技", "信息技术", "软件", "微电子"],
    "industry_fine_chemicals": ["化工", "精细化工", "石化", "化学"],
    "industry_ceramics_glass": ["陶瓷", "琉璃", "玻璃制品", "耐材"],
    "industry_textiles": ["纺织", "服饰", "丝绸", "家纺"],
    "industry_culture_tourism": ["文化旅游", "酒店管理", "文化传媒"],
    "park_base.industry_new_technology": ["科技", "网络科技", "智能科技"],
    "park_base.industry_new_industry": ["食品", "农业科技", "果蔬加工"],
    "park_base.industry_new_business_format": ["供应链管理", "物流", "电子商务"],
    "park_base.industry_new_model": ["数字科技", "信息咨询"],
}
SUFFIXES = ["有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司"]
STREETS = (
    "柳泉路 共青团路 人民路 华光路 昌国路 北京路 联通路 新村路 金晶大道 鲁泰大道 "
    "工业路 兴业路 创业路 发展大道 园区路"
).split()
FUNCTIONS = "行政经理 综合部部长 办公室主任 财务经理 生产部经理 安全环保部部长".split()

# licences by industry: (licence type xml id, issuing department xml id,
# years of validity, number pattern)
LICENCES = {
    "industry_fine_chemicals": [
        ("licence_type_safety_production", "department_zibo_emergency", 3),
        ("licence_type_hazardous_chemicals", "department_zibo_emergency", 3),
        ("licence_type_pollutant_discharge", "department_zibo_ecology", 5),
    ],
    "industry_new_materials": [
        ("licence_type_pollutant_discharge", "department_zibo_ecology", 5),
        ("licence_type_industrial_production", "department_zibo_market", 5),
    ],
    "industry_ceramics_glass": [
        ("licence_type_pollutant_discharge", "department_zibo_ecology", 5),
    ],
    "industry_intelligent_equipment": [
        ("licence_type_industrial_production", "department_zibo_market", 5),
    ],
    "industry_biomedicine": [
        ("licence_type_high_tech", "department_zibo_science", 3),
    ],
    "industry_electronic_information": [
        ("licence_type_high_tech", "department_zibo_science", 3),
    ],
    "park_base.industry_new_industry": [
        ("licence_type_food_business", "department_zibo_market", 5),
    ],
}

# share of the enterprises registered before 2024 per stage (those
# registered since are still being opened, permitted or built)
STAGES = [
    ("construction", 0.10),
    ("operating", 0.75),
    ("changing", 0.09),
    ("deregistering", 0.06),
]


@dataclass
class Park:
    """What the generator needs of a park: its xml id, county short name
    (e.g. 张店), division code for the credit code and industries."""

    xml_id: str
    county: str
    division_code: str
    industries: list = field(default_factory=list)
    is_pilot: bool = False
    sequence: int = 0


def organisation_code_check(body):
    """The GB 11714 check character of an 8-character organisation code."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c, 36) * w for c, w in zip(body, weights, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def make_uscc(rng, division_code, registered):
    """A unified social credit code for a company registered on ``registered``:
    an old numeric organisation code before 2016, an "MA" code after."""
    if registered.year < 2016:
        body = f"{rng.randrange(10**7, 10**8):08d}"
    else:
        alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = "MA" + "".join(rng.choice(alphabet) for _i in range(6))
    code17 = "91" + division_code + body + organisation_code_check(body)
    return code17 + stdnum_uscc.calc_check_digit(code17)


def person_name(rng):
    given = "".join(rng.choice(GIVEN) for _i in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given


def _stage(rng, registered):
    if registered.year >= 2024:
        return rng.choice(["opening", "permits", "construction", "operating"])
    roll, total = rng.random(), 0.0
    for stage, share in STAGES:
        total += share
        if roll < total:
            return stage
    return "operating"


def _size(rng, stage):
    if stage in ("opening", "permits"):
        return "micro", rng.randint(3, 9), rng.choice((100, 200, 300, 500)) * 10000
    size = rng.choices(["large", "medium", "small", "micro"], (1, 4, 10, 5))[0]
    employees = {
        "large": (1000, 5000),
        "medium": (300, 999),
        "small": (20, 299),
        "micro": (3, 19),
    }[size]
    capital = {
        "large": (20000, 200000),
        "medium": (3000, 20000),
        "small": (200, 3000),
        "micro": (10, 200),
    }[size]
    return size, rng.randint(*employees), rng.randint(*capital) * 10000


def _licence_number(rng, kind, uscc, issued):
    if kind == "licence_type_safety_production":
        return f"（鲁）WH安许证字〔{issued.year}〕{rng.randrange(10**6):06d}"
    if kind == "licence_type_hazardous_chemicals":
        return f"鲁淄危化经字〔{issued.year}〕{rng.randrange(10**6):06d}"
    if kind == "licence_type_pollutant_discharge":
        return f"{uscc}001{rng.choice('PUVWXY')}"
    if kind == "licence_type_industrial_production":
        serial = rng.randrange(10**5)
        return f"XK{rng.randint(10, 16)}-{rng.randint(1, 99):03d}-{serial:05d}"
    if kind == "licence_type_high_tech":
        return f"GR{issued.year}37{rng.randrange(10**9):09d}"
    return f"JY{uscc[2:8]}{rng.randrange(10**8):08d}"


def _licences(rng, enterprise, industries):
    """The business licence, then the licences of the enterprise's industries;
    a few expire soon or have expired, to show the reminders. Offsets of the
    latter are in days from the day the data is loaded."""
    registered = enterprise["registration_date"]
    licences = [
        {
            "key": "business",
            "type": "licence_type_business_licence",
            "department": "department_zibo_market",
            "number": enterprise["uscc"],
            "issue_date": registered,
            "expiry_date": False,
        }
    ]
    if enterprise["lifecycle_stage"] in ("opening", "permits"):
        return licences
    kinds = []
    for industry in industries:
        kinds += [k for k in LICENCES.get(industry, []) if k not in kinds]
    for kind, department, years in kinds:
        licence = {
            "key": kind.removeprefix("licence_type_"),
            "type": kind,
            "department": department,
        }
        roll = rng.random()
        old_enough = registered.year < 2019
        if old_enough and roll < 0.15:
            # expiring within the reminder window, or just expired
            expiry_offset = rng.choice((-20, -5, 7, 15, 25, 40, 55))
            licence["expiry_offset"] = expiry_offset
            licence["issue_offset"] = expiry_offset - 365 * years
        else:
            issued = registered + timedelta(days=rng.randint(60, 400))
            while issued + timedelta(days=365 * years) < GENERATION_DATE:
                issued += timedelta(days=365 * years)  # renewed since
            licence["issue_date"] = min(issued, GENERATION_DATE)
            licence["expiry_date"] = licence["issue_date"] + timedelta(days=365 * years)
        issued_year = licence.get("issue_date", GENERATION_DATE).year
        licence["number"] = _licence_number(
            rng, kind, enterprise["uscc"], date(issued_year, 1, 1)
        )
        licences.append(licence)
    return licences


def generate_enterprises(n, parks, seed=2023, start=1):
    """Yield ``n`` fictitious enterprises spread over ``parks`` (``Park``).

    Each is a dictionary: ``key`` (e.g. ``enterprise_001``), ``park`` (the
    Park), res.partner values (``name``, ``uscc``, ``registration_date``,
    ``legal_representative``, ``registered_capital``, ``enterprise_size``,
    ``employee_count``, ``lifecycle_stage``, ``phone``, ``email``, ``street``,
    ``industries`` as xml ids, ``is_key_enterprise``), ``contacts`` (dicts
    with ``name``, ``function``, ``phone``, ``email``) and ``licences``.
    Names and codes are unique within one call."""
    rng = random.Random(seed)
    names, codes = set(), set()
    for index in range(start, start + n):
        park = parks[(index - start) % len(parks)]
        industries = [rng.choice(park.industries)] if park.industries else []
        while True:
            brand = "".join(rng.sample(list(BRANDS), 2))
            product = rng.choice(
                PRODUCTS.get(industries[0] if industries else "", ["科技"])
            )
            prefix = rng.choice((park.county, "淄博", "淄博", "山东"))
            name = f"{prefix}{brand}{product}{rng.choice(SUFFIXES)}"
            if name not in names:
                names.add(name)
                break
        registered = date(1995, 1, 1) + timedelta(days=rng.randrange(11000))
        registered = min(registered, GENERATION_DATE - timedelta(days=30))
        while True:
            uscc = make_uscc(rng, park.division_code, registered)
            if uscc not in codes:
                codes.add(uscc)
                break
        stage = _stage(rng, registered)
        size, employees, capital = _size(rng, stage)
        domain = "".join(BRANDS[c] for c in brand) + f"{index:03d}.example.com"
        enterprise = {
            "key": f"enterprise_{index:03d}",
            "park": park,
            "name": name,
            "uscc": uscc,
            "registration_date": registered,
            "legal_representative": person_name(rng),
            "registered_capital": capital,
            "enterprise_size": size,
            "employee_count": employees,
            "lifecycle_stage": stage,
            "is_key_enterprise": size in ("large", "medium") and rng.random() < 0.5,
            "industries": industries,
            "phone": f"0533-{rng.randint(2, 8)}{rng.randrange(10**6):06d}",
            "email": f"info@{domain}",
            "street": f"{park.county}{rng.choice(STREETS)}{rng.randint(1, 399)}号",
        }
        enterprise["contacts"] = [
            {
                "name": person_name(rng),
                "function": rng.choice(FUNCTIONS),
                "phone": f"0533-{rng.randint(2, 8)}{rng.randrange(10**6):06d}",
                "email": f"service{number}@{domain}",
            }
            for number in range(1, rng.choice((2, 2, 3)))
        ]
        enterprise["licences"] = _licences(rng, enterprise, industries)
        yield enterprise
