/// Plausible Hangzhou names for communities, streets, points, enterprises and workers.
enum Names {
    private static let places = [
        "翠苑", "文新", "古荡", "西溪", "北山", "灵隐", "蒋村", "留下", "转塘", "三墩", "紫金港", "文鼎",
        "益乐", "嘉绿", "庆丰", "骆家庄", "五联", "桂花城", "求是", "竞舟", "花园", "东岳", "星洲", "金都",
    ]
    private static let streets = ["西溪街道", "翠苑街道", "文新街道", "古荡街道", "北山街道", "灵隐街道", "蒋村街道", "留下街道", "转塘街道", "三墩镇"]
    private static let brands = [
        "安心", "好帮手", "阿姨来了", "三替", "家佳乐", "巾帼", "颐家", "贴心", "邻里", "暖阳", "悦家", "康馨",
        "和美", "惠民", "优家", "小棉袄",
    ]
    private static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"]
    private static let givenNames = [
        "秀英", "桂英", "秀兰", "玉兰", "桂兰", "丽", "敏", "静", "霞", "芳", "红梅", "小红", "建华", "建国", "春梅",
        "美华", "丽华", "海燕", "雪梅", "凤英", "国强", "志刚", "慧", "燕",
    ]

    static func community(_ i: Int) -> String { cycled(places, i) + "社区" }

    static func street(_ i: Int) -> String { streets[i % streets.count] }

    static func point(community: String) -> String { community + "家政服务站" }

    static func enterprise(_ i: Int) -> String { cycled(brands, i) + "家政服务有限公司" }

    /// A flat's address the way residents write it: `翠苑社区 12幢 3单元 402` (floor 4, flat 02).
    static func address(community: String, building: Int, unit: Int, floor: Int, room: Int) -> String {
        "\(community) \(building)幢 \(unit)单元 \(floor)\(room < 10 ? "0" : "")\(room)"
    }

    static func worker(using rng: inout some RandomNumberGenerator) -> String {
        rng.pick(surnames) + rng.pick(givenNames)
    }

    /// The i-th name of the list, with a round number after the first round (`翠苑`, …, `翠苑2`).
    private static func cycled(_ list: [String], _ i: Int) -> String {
        let round = i / list.count
        return list[i % list.count] + (round == 0 ? "" : String(round + 1))
    }
}
