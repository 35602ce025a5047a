### Meridian — Simplified Chinese messages
###
### 术语表：每个关键术语只用一个词，在所有消息中保持一致。
###   session = 课次
###   series = 系列课
###   course = 课程
###   cohort = 班级
###   campus = 校区
###   host campus = 主讲校区
###   teaching hours = 教学时间
###   closure = 停课日
###   clash = 撞课
###   conflict = 冲突
###   drift = 时间漂移
###   clock change = 夏令时切换
###   term = 学期
###   share link = 分享链接
###
### 数字、拉丁字母与汉字之间留一个空格；浏览器按中文写出的日期和星期（4月8日周三、周三）视同汉字，
### 与汉字相邻时不留空格。破折号用“——”，前后不留空格。


## Shared: lengths of time, counts

length-minutes = { $minutes } 分钟
length-hours = { $hours } 小时
length-hours-minutes = { $hours } 小时 { $minutes } 分钟
shift-later = { $days ->
    [0] 推迟 { $length }
   *[other] { $minutes ->
        [0] 推迟 { $days } 天
       *[other] 推迟 { $days } 天 { $length }
    }
}
shift-earlier = { $days ->
    [0] 提前 { $length }
   *[other] { $minutes ->
        [0] 提前 { $days } 天
       *[other] 提前 { $days } 天 { $length }
    }
}
countdown-now = 正在进行
countdown-in = { $length }后
countdown-days = { $days } 天后
countdown-tomorrow = 明天


## Places
place-aachen = 亚琛
place-amsterdam = 阿姆斯特丹
place-auckland = 奥克兰
place-bangkok = 曼谷
place-beijing = 北京
place-berlin = 柏林
place-cambridge-ma = 马萨诸塞州剑桥
place-chicago = 芝加哥
place-delft = 代尔夫特
place-gdansk = 格但斯克
place-gothenburg = 哥德堡
place-hangzhou = 杭州
place-houston = 休斯敦
place-london = 伦敦
place-madrid = 马德里
place-manchester = 曼彻斯特
place-milan = 米兰
place-moscow = 莫斯科
place-munich = 慕尼黑
place-nairobi = 内罗毕
place-new-york = 纽约
place-oslo = 奥斯陆
place-paris = 巴黎
place-rome = 罗马
place-saint-petersburg = 圣彼得堡
place-santiago = 圣地亚哥
place-shanghai = 上海
place-singapore = 新加坡
place-stockholm = 斯德哥尔摩
place-toronto = 多伦多
place-trondheim = 特隆赫姆
place-ulaanbaatar = 乌兰巴托
place-valencia = 瓦伦西亚
place-warsaw = 华沙
place-zuerich = 苏黎世
place-zurich = 苏黎世

## Engine: conflicts and their hints

conflict-resource-cohort = 班级 { $name }
conflict-resource-lecturer = 教师 { $name }
conflict-resource-room = 教室 { $name }
conflict-double-booked = { $resource } 在{ $date }有两个课次时间重叠：{ $place }时间 { $first_span } 和 { $second_span }（{ $same ->
        [yes] 均为 { $first }
       *[no] { $first } 和 { $second }
    }，重叠 { $minutes } 分钟）
conflict-short-break = { $date }（{ $place }时间），{ $resource } 在 { $first }（{ $first_end } 结束）和 { $second }（{ $second_start } 开始）之间只有 { $gap } 分钟间隔；规则要求 { $rule } 分钟
conflict-busy = { $resource } 在{ $date } { $place }时间 { $busy } 已有安排（{ $calendar }），而 { $session } 的上课时间为 { $meets }
conflict-busy-block = { $resource } 在{ $date } { $place }时间 { $busy } 已有安排（{ $block }，来自 { $calendar }），而 { $session } 的上课时间为 { $meets }
conflict-public-holiday = { $date }的 { $session } 恰逢 { $holiday }，这是 { $campus }（{ $city }）的公共假日：该校区的班级放假
conflict-public-holiday-translated = { $date }的 { $session } 恰逢 { $holiday }（{ $english }），这是 { $campus }（{ $city }）的公共假日：该校区的班级放假
conflict-lecture-free = { $date }的 { $session } 落在 { $campus } 的停课期（{ $period }）内
conflict-exam-period = { $date }的 { $session } 落在 { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } 的考试期（{ $period }）
conflict-closed = { $date }的 { $session } 恰逢 { $campus } 的 { $closure }（停课）
conflict-closed-unnamed = { $date }的 { $session } 恰逢 { $campus } 的停课日
conflict-outside-term = { $date }的 { $session } 不在 { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } 的学期内（{ $start } – { $end }）
conflict-other-weekday = { $host_date }的 { $session } 在 { $campus } 是{ $date }，{ $city }时间 { $span }，该校区那天不上课
conflict-no-teaching-day = { $date }的 { $session } 落在 { $campus } 不上课的日子（{ $city }时间 { $span }）
conflict-outside-hours = { $date }的 { $session } 在{ $city }时间 { $span } 上课，超出 { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } 的教学时间（{ $hours }）
conflict-skipped-time = { $session }：{ $date } 在{ $place }不存在 { $time }（时钟从 { $from } 直接跳到 { $to }）；已顺延到切换之后
conflict-repeated-time = { $session }：{ $date } 在{ $place }的 { $time } 会出现两次（UTC{ $earlier } 和 UTC{ $later }）；按第一次计
conflict-drift = { $session }（{ $place }时间 { $weekdays } { $time }）在学期中于合作校区的当地时间会变化：{ $rows }
weekday-list = { $list }、{ $day }
conflict-omitted = { $resource } 还有 { $pairs } 处重叠占用未列出（每个班级、教师或教室最多列出 { $conflicts } 个冲突或 { $overlaps } 处重叠）
conflict-repeats = { $message }（另有 { $more } 个日期，直到{ $last }）
drift-row = { $cities }：{ $times }
drift-once = { $date } { $time }
drift-until = { $time }（至{ $date }）
drift-from = { $time }（自{ $date }起）
drift-between = { $time }（{ $from }至{ $to }）
hint-move-by = 将 { $session } 推迟 { $minutes } 分钟
hint-move-after = 将 { $session } 推迟 { $minutes } 分钟至 { $hour ->
   *[other] { $time }
}，排在 { $after } 之后
hint-move-when-free = 将 { $session } 推迟 { $minutes } 分钟至 { $hour ->
   *[other] { $time }
}，那时 { $resource } 有空
hint-move-room-free = 将 { $session } 推迟 { $minutes } 分钟至 { $hour ->
   *[other] { $time }
}：教室 { $room } 当天 { $free } 空闲
hint-no-free-time = { $resource } 当天稍后没有空闲的 { $minutes } 分钟
hint-common-window = 当天{ $place }时间 { $span } 所有参与方都在教学时间内
hint-skip-or-move = 跳过这一天，或调整这次课的时间
hint-exams = 学生可能正在考试：把这次课移出考试期；如果他们没有考试，也可以保留
hint-avoid-switch-hour = 选择切换时段以外的时间
hint-fix-listed-first = 先处理最先列出的重复占用：通常是同一课次的副本造成的
resolution-gap = { $date } 不存在 { $time }（时钟从 { $from } 直接跳到 { $to }）
resolution-fold = { $date } 的 { $time } 会出现两次（UTC{ $earlier } 和 UTC{ $later }）
resolution-gap-in = { $date } 在 { $zone } 不存在 { $time }（时钟从 { $from } 直接跳到 { $to }）
resolution-fold-in = { $date } 在 { $zone } 的 { $time } 会出现两次（UTC{ $earlier } 和 UTC{ $later }）
suggestion-errors = { $count } 个错误
suggestion-warnings = { $count } 个警告
suggestion-errors-warnings = { $errors }，{ $warnings }
suggestion-none = 无冲突


## Engine: errors a user can act on

error-unknown-zone = 未知时区“{ $name }”；请使用 IANA 名称，例如 Europe/Berlin
error-unknown-zone-suggestions = 未知时区“{ $name }”；你是不是要找 { $suggestions }？
error-bad-date-time = 无法将“{ $text }”识别为日期或时间；应为 { $expected }
shape-date = YYYY-MM-DD
shape-time = HH:MM
shape-date-time = YYYY-MM-DDTHH:MM
shape-time-range = HH:MM-HH:MM
shape-instant = RFC 3339，例如 2026-03-29T01:30:00Z
error-unknown-disambiguation = 未知的消歧方式“{ $text }”；请使用 compatible、earlier、later 或 reject
error-nonexistent-local-time = { $local } 在 { $zone } 中不存在：当天时钟跳过 { $skipped }；请选择其他时间，或使用 --disambiguation compatible
error-ambiguous-local-time = { $local } 在 { $zone } 中出现两次（UTC{ $earlier } 和 UTC{ $later }）；请用 --disambiguation earlier 或 later 选择
error-out-of-range = { $text } 超出范围（年份须在 1000 至 9999 之间）
error-syntax = 第 { $line } 行第 { $column } 列：{ $problem }
error-unsupported-format = 此版本的 Meridian 无法读取格式“{ $found }”（只能读取“{ $format }”）；如果文件来自更新版本的 Meridian，请用该版本打开
error-invalid = { $path }：{ $problem }
error-too-large-to-share = 此课表太大，无法放入分享链接：需要 { $size } { $what ->
    [characters] 个链接字符
   *[bytes] 字节（解压后）
}，而一个链接最多容纳 { $limit }；请改为以文件形式分享课表
error-holiday-file = 假日文件：{ $problem }
error-holiday-file-line = 假日文件第 { $line } 行：{ $problem }
error-unknown-country = “{ $text }”不是国家代码；请使用两个字母（ISO 3166），地区写在连字符之后：DE、DE-BE、US-TX
error-unknown-region-none = { $country } 的假日文件中没有地区“{ $region }”；它只有全国性假日
error-unknown-region = { $country } 的假日文件中没有地区“{ $region }”；它有 { $regions }{ $more ->
    [0] {""}
   *[other] {" "}以及另外 { $more } 个地区
}
error-calendar-file = 日历文件：{ $problem }
error-calendar-file-line = 日历文件第 { $line } 行：{ $problem }
problem-calendar-file-too-large = 文件大小为 { $size } MB；Meridian 只能读取不超过 { $max } MB 的日历文件（请导出较短的时间段）
problem-calendar-not-icalendar = 这不是 iCalendar 文件（它应以 BEGIN:VCALENDAR 开头）
problem-calendar-starts-with-continuation = 文件以续行开头
problem-calendar-not-a-line = “{ $text }”不是日历行（名称:值）
problem-calendar-end-without-begin = END:{ $what } 没有对应的 BEGIN:{ $what }
problem-calendar-cut-off = 文件在 END:VCALENDAR 之前就结束了（是否被截断？）
problem-calendar-not-a-date-time = “{ $text }”既不是日期（YYYYMMDD），也不是日期时间（YYYYMMDDTHHMMSS）
problem-calendar-date-time-out-of-range = “{ $text }”超出范围
problem-calendar-date-out-of-range = 日期超出范围
problem-calendar-not-a-duration = “{ $text }”不是时长（例如 PT1H30M）
problem-calendar-negative-duration = 该事件的时长为 { $text }：时长不能为负
problem-calendar-ends-before-start = 该事件的结束时间（DTEND）早于开始时间（DTSTART）
problem-calendar-rdate-periods = 不支持带时间段（开始/结束）的 RDATE；请给出日期或日期时间
problem-calendar-too-many-events = 该日历在学期内展开后超过 { $max } 个事件；请导出较短的时间段
problem-calendar-no-freq = 重复规则缺少 FREQ
problem-calendar-freq-not-read = 不支持 FREQ={ $freq }；Meridian 只支持按天或按周重复的事件
problem-calendar-interval = INTERVAL={ $text } 不是正整数
problem-calendar-count = COUNT={ $text } 不是数字
problem-calendar-until-out-of-range = UNTIL 超出范围
problem-calendar-byday = 不支持 BYDAY={ $day }（只支持 MO,WE 这样不带序号的星期几）
problem-calendar-rule-part = 不支持重复规则中的 { $part } 部分；Meridian 只支持按天和按周的规则（FREQ、INTERVAL、COUNT、UNTIL、BYDAY）
problem-calendar-unknown-zone = 未知时区“{ $name }”；Meridian 可识别 IANA 名称（例如 Europe/Berlin）、Windows 名称（例如 W. Europe Standard Time）以及文件在 VTIMEZONE 中自行定义的时区
problem-calendar-zone-rule-without = 时区规则缺少 { $property }
problem-calendar-not-an-offset = “{ $text }”不是 UTC 偏移量（例如 +0100）
problem-calendar-zone-rule-part = 不支持时区规则中的 { $part }；Meridian 只支持按月份和星期几定义的年度规则（BYMONTH=3;BYDAY=-1SU）
problem-calendar-zone-rule-without-month = 不支持缺少 BYMONTH 的时区规则；Meridian 只支持按月份和星期几定义的年度规则（BYMONTH=3;BYDAY=-1SU）
problem-calendar-too-many-switches = 该时区在所涉及的年份内有超过 { $max } 次夏令时切换
problem-calendar-schedule-term-out-of-range = 课表的学期超出范围
problem-calendar-term-out-of-range = 学期超出范围
problem-holiday-file-too-large = 文件有 { $bytes } 字节；假日文件最多只能有 { $max } 字节
problem-holiday-not-utf8 = 第 { $byte } 个字节不是 UTF-8 文本
problem-holiday-cut-off = 文件没有以换行符结尾：它被截断了
problem-holiday-empty = 文件为空
problem-holiday-not-a-holiday-file = “{ $found }”不是此版本 Meridian 可读取的假日文件（应为 { $format }）
problem-holiday-ends-before = 文件在 `{ $key }` 行之前就结束了
problem-holiday-expected-header = 此处应为 `{ $key }` 行，实际为“{ $found }”
problem-holiday-not-a-country-code = “{ $text }”不是国家代码（两个大写字母）
problem-holiday-expected-years = 此处应为 `years FIRST LAST`，实际为“{ $found }”
problem-holiday-not-a-year = “{ $text }”不是年份（YYYY，1000–9999）
problem-holiday-year-span = 年份 { $first } 至 { $last }：起始年份不能晚于结束年份，且一个文件最多涵盖 { $max } 年
problem-holiday-not-a-locale = “{ $text }”不是语言代码（例如 de 或 en_US）
problem-holiday-dash-not-alone = `-` 必须单独使用
problem-holiday-not-a-region-code = “{ $text }”不是地区代码（1 至 { $max } 个字符，且不能是 * 或 -）
problem-holiday-too-many-regions = 一个文件最多列出 65535 个地区
problem-holiday-region-twice = 地区“{ $code }”列出了两次
problem-holiday-too-few-fields = 假日行应有 5 个以制表符分隔的字段（日期、类型、范围、当地名称、英文名称）；此行只有 { $fields } 个
problem-holiday-too-many-fields = 假日行应有 5 个以制表符分隔的字段（日期、类型、范围、当地名称、英文名称）；此行多于 5 个
problem-holiday-not-a-date = “{ $text }”不是文件年份 { $first }–{ $last } 内的日期（YYYY-MM-DD）
problem-holiday-out-of-date-order = 假日未按日期顺序排列
problem-holiday-not-a-kind = “{ $text }”不是有效类型（- 假日，o 补休，s 替代假日）
problem-holiday-not-a-region = “{ $code }”不是文件中的地区（或将 - 放在最前，表示全国日历）
problem-holiday-region-out-of-order = 地区“{ $code }”未按 regions 行的顺序排列，或列出了两次
problem-holiday-empty-name = { $field ->
    [source] 来源
    [local-name] 当地名称
   *[english-name] 英文名称
}为空
problem-holiday-control-character = { $field ->
    [source] 来源
    [local-name] 当地名称
   *[english-name] 英文名称
}包含控制字符
link-not-a-link = 这不是 Meridian 链接：课表链接包含“#s1.”至“#s{ $newest }.”（来自二维码的为“#Q1.”至“#Q{ $newest }.”），后接字母和数字
link-cut-off = 此链接不完整：请重新复制完整链接（邮件和聊天应用有时会截断长链接）
link-newer = 此链接由较新版本的 Meridian 生成（链接版本 { $version }；当前版本只能读取版本 { $supported }）：请用最新版 Meridian 打开
link-damaged = 此链接已损坏（部分字符被改动）：请向发送者重新索取
link-too-long = 此链接超过 Meridian 可分享的任何课表的大小（上限 { $limit }）：它不是由 Meridian 生成的
link-invalid-schedule = 此链接完整，但其中的课表无效（{ $problem }）：它不是由此版本的 Meridian 生成的；请向发送者索取课表文件
problem-not-utf8 = 第 { $byte } 个字节（{ $value }）不是 UTF-8 文本；请将文件另存为 UTF-8
problem-file-too-large = 文件有 { $bytes } 字节；Meridian 最多读取 { $max } 字节的课表
problem-odd-byte-utf16 = UTF-16 文本末尾多出一个字节；请将文件另存为 UTF-8 或 UTF-16
problem-lone-surrogate = UTF-16 文本中有孤立的代理项；请将文件另存为 UTF-8 或 UTF-16
problem-not-an-object = 课表是一个 JSON 对象（{"{"} "format": "{ $format }", … {"}"}）
problem-misplaced-list = 是列表（[…]），而格式要求对象（{"{"}…{"}"}）或单个值；参见 docs/schedule-format.md
problem-json-ends-inside = 文件{ $part ->
    [list] 在列表内部就结束了：`[` 缺少对应的 `]`（文件是否被截断？）
    [object] 在对象内部就结束了：`{"{"}` 缺少对应的 `{"}"}`（文件是否被截断？）
    [text] 在文本内部就结束了：`"` 缺少对应的闭合 `"`（文件是否被截断？）
   *[value] 在应当出现值的位置就结束了（文件是否为空或被截断？）
}
problem-json-expected-token = { $token ->
    [colon] 名称后缺少冒号（`:`）
    [comma-or-list-end] 两个元素之间缺少逗号（`,`），或缺少结束列表的 `]`
    [comma-or-object-end] 两个条目之间缺少逗号（`,`），或缺少结束对象的 `{"}"}`
    [quote] 此处应为带引号（`"`）的名称
    [literal] 此处的 `true`、`false` 或 `null` 拼写有误
   *[value] 此处应为一个值：带引号的文本、数字、`true`、`false`、`null`、列表或对象
}
problem-json-invalid-escape = 文本中的 `\` 后面跟的不是有效的转义序列（反斜杠本身应写作 `\\`）
problem-json-invalid-number = 数字的写法不符合文件格式的规定（例如 `01`、`1.` 或 `+1`）
problem-json-number-out-of-range = 数字太大，无法读取
problem-json-invalid-unicode = `\u` 转义序列不代表任何字符
problem-json-control-character = 文本中直接包含换行符或制表符；请分别写作 `\n` 和 `\t`
problem-json-key-not-text = 对象中的名称必须加引号，例如 `"name": value`
problem-json-trailing-comma = 结尾的 `]` 或 `{"}"}` 前多了一个逗号（`,`）；请删除它
problem-json-text-after-end = 数据结束后还有多余的文本
problem-json-too-deep = 列表和对象的嵌套超过 128 层
problem-json-found = { $kind ->
    [text] 文本“{ $text }”
    [number] 数字 { $text }
    [bool] `{ $text }`
    [null] `null`
    [list] 列表
   *[object] 对象
}
problem-json-expected = { $kind ->
    [text] 带引号的文本
    [whole-number] 整数
    [number] 数字
    [bool] `true` 或 `false`
    [null] `null`
    [list] 列表（`[…]`）
   *[object] 对象（`{"{"}…{"}"}`）
}
problem-json-wrong-type = 此处应为{ $expected }，实际却是{ $found }
problem-json-out-of-range = { $found } 超出允许范围：此处应为 { $min } 到 { $max } 之间的整数
problem-json-unknown-field = 此处没有“{ $field }”这个字段（是否拼写错误？）；此处可用的字段为 { $allowed }
problem-json-no-fields = 此处没有“{ $field }”这个字段；此处不能填写任何字段
problem-json-unknown-value = 此处不允许使用“{ $value }”；允许的值为 { $allowed }
problem-json-wrong-length = 此处的列表应有 { $expected } 个元素，实际却有 { $length } 个
problem-json-wrong-length-any = 此处的列表有 { $length } 个元素，长度不符合要求
problem-json-duplicate-field = 字段“{ $field }”出现了两次
problem-json-missing-field = 缺失；此处必须填写字段“{ $field }”
problem-format-not-string = 必须是字符串 "{ $format }"
problem-format-missing = 缺失；Meridian 课表以 "format": "{ $format }" 开头
problem-id-empty = 不能为空
problem-no-campus = 课表至少需要一个校区
problem-id-missing = 每个{ $item ->
    [campus] 校区
    [cohort] 班级
    [lecturer] 教师
    [room] 教室
    [session] 课次
   *[busy-calendar] 忙碌日历
}都需要 id
problem-duplicate-id = 有两个{ $item ->
    [campus] 校区
    [cohort] 班级
    [lecturer] 教师
    [room] 教室
    [session] 课次
   *[busy-calendar] 忙碌日历
}的 id 都是“{ $id }”
problem-campus-code = 校区“{ $campus }”需要 1 至 5 个字符的代码，例如“BER”
problem-campus-region = 校区“{ $campus }”需要 1 至 { $max } 个字符的地区代码（与假日数据中的写法一致），例如 DE-BE 写作“BE”
problem-period-ends-before-start = 时段“{ $name }”的结束早于开始
problem-closure-ends-before-start = 停课日“{ $name }”的结束早于开始
problem-cohort-campus-missing = 班级“{ $cohort }”属于校区“{ $campus }”，但此课表中没有该校区
problem-room-campus-missing = 教室“{ $room }”位于校区“{ $campus }”，但此课表中没有该校区
problem-lecturer-campus-missing = 教师“{ $lecturer }”属于校区“{ $campus }”，但此课表中没有该校区
problem-busy-target-missing = 忙碌日历“{ $busy }”对应的{ $item ->
    [campus] 校区
    [cohort] 班级
    [lecturer] 教师
   *[room] 教室
}“{ $id }”不在此课表中
problem-session-reference-missing = 课次“{ $session }”引用的{ $item ->
    [host-campus] 主讲校区
    [cohort] 班级
    [lecturer] 教师
   *[room] 教室
}“{ $id }”不在此课表中
problem-busy-target-not-one = 忙碌日历“{ $busy }”必须只对应一个校区、班级、教师或教室
problem-busy-block-ends-before-start = 忙碌时段“{ $title }”的结束早于开始
problem-busy-block-too-long = 忙碌时段“{ $title }”超过 136 年；分享链接无法容纳
problem-session-length = 课次“{ $session }”的时长必须在 1 分钟到 7 天之间
problem-change-without-occurrence = 课次“{ $session }”在 { $date } 没有安排，无可修改
problem-change-length = 必须在 1 分钟到 7 天之间
problem-repeat-interval = 必须在 1 到 52 周之间
problem-repeat-count = 至少为 1
problem-until-and-count = until 和 count 只能二选一
problem-until-before-start = 课次“{ $session }”重复到 { $until }，早于其首次日期 { $first }
problem-term-ends-before-start = 学期结束日期（{ $end }）早于开始日期（{ $start }）
problem-term-too-long = 一个学期最长为一年
problem-seconds = “{ $text }”包含秒；课表精确到分钟：请写成 { $pattern }
problem-fraction-of-second = “{ $text }”包含不足一秒的部分；Meridian 只保留整秒
problem-not-a-weekday = “{ $text }”不是星期几；请使用 mon、tue、wed、thu、fri、sat 或 sun
problem-weekday-twice = { $day } 出现了两次；每天的时间只能填写一次
problem-hours-end-before-start = 教学时间“{ $text }”的结束早于开始
problem-no-demo = 没有名为“{ $name }”的示例课表
problem-unknown = 课表中没有{ $item ->
    [campus] 校区
    [cohort] 班级
    [lecturer] 教师
   *[room] 教室
}“{ $id }”
problem-nothing-to-change = 此课表中没有可修改的{ $item ->
    [campus] 校区
    [cohort] 班级
    [lecturer] 教师
    [room] 教室
    [session] 课次
   *[busy-calendar] 忙碌日历
}“{ $id }”
problem-no-campus-chosen = 请至少选择一个校区
problem-too-many-at-once = 一次最多 { $max } 个校区，以及 { $max } 个班级、教师和教室
problem-map-length = 课次时长为 5 分钟到一周
problem-answer-count = { $questions } 个问题需要 { $questions } 个答案，而不是 { $answers } 个
problem-not-a-fingerprint = “{ $text }”不是指纹：指纹由 11 个字母、数字、- 或 _ 组成
problem-view-link-extra-session = 查看链接中包含一个其校区或班级并不参加的课次
problem-no-occurrence = “{ $title }”在 { $date } 没有安排
problem-no-occurrence-to-change = “{ $title }”在 { $date } 没有安排，无可修改
problem-no-occurrence-to-cancel = “{ $title }”在 { $date } 没有安排，无可取消
problem-occurrence-length = “{ $title }”不能短于 5 分钟，也不能长于一周
problem-too-far-to-move = 移动幅度太大
problem-series-too-far = “{ $title }”不能移动这么远
problem-weeks-wrap = “{ $title }”每 { $interval } 周上一次；若移动 { $days } 天，部分上课日会落在不上课的周。请在本周内移动、按整周移动，或在表单中修改上课日
problem-one-off = “{ $title }”是单次课次：请直接删除
problem-session-gone = 该课次已不在课表中
problem-only-campus = { $campus } 是课表中唯一的校区；请先添加另一个校区
problem-campus-teaches = { $campus } 仍在主讲 { $sessions }，无法移除；请先将这 { $count } 个课次改由其他校区主讲
problem-titles-one = “{ $first }”
problem-titles-two = “{ $first }”和“{ $second }”
problem-titles-more = “{ $first }”、“{ $second }”及另外 { $more } 个
problem-not-in-schedule = 此课表中没有{ $item ->
    [campus] 校区
    [cohort] 班级
    [lecturer] 教师
   *[room] 教室
}“{ $id }”
problem-name-empty = 课表需要名称
problem-period-needs-name = 时段需要名称，例如“冬季考试”
problem-period-exists = 校区“{ $campus }”已有时段“{ $period }”
problem-academic-entry = { $date } 的一条校历条目没有名称，或结束早于开始
problem-period-gone = 该时段已不在课表中
problem-rotation-empty = 轮换中没有时段或周次


## Engine: what changed between two versions

change-group-schedule = 课表
change-group-busy = 忙碌时间
change-group-people = 人员与教室
change-renamed-quoted = 重命名：“{ $before }” → “{ $after }”
change-id = 标识：“{ $before }” → “{ $after }”（两个不同的课表）
change-alliance = { $state ->
    [added] 已添加联盟：“{ $after }”
    [removed] 已移除联盟（原为“{ $before }”）
   *[changed] 联盟：“{ $before }” → “{ $after }”
}
change-term = 学期 { $before } → { $after }
change-term-span = { $start } – { $year }年{ $end }
change-breaks = 课次间最短休息 { $before } → { $after }
change-busy-removed = 已移除“{ $name }”
change-busy-blocks = “{ $name }”：{ $before } 个时段 → { $after } 个
change-busy-added = 已添加“{ $name }”（{ $blocks } 个时段）
change-busy-renamed = “{ $before }”重命名为“{ $after }”
change-busy-whose = “{ $name }”：忙碌时间归属 { $before } → { $after }
change-busy-times = “{ $name }”：{ $blocks } 个时段改到其他时间
change-busy-titles = “{ $name }”：{ $blocks } 个时段改用其他标题
change-campus-removed = 已移除校区 { $name }
change-campus-renamed = 重命名：{ $before } → { $after }
change-zone = 时区 { $before } → { $after }
change-hours = { $day }的教学时间 { $before } → { $after }
change-no-teaching = 不上课
change-campus-term = 学期 { $before } → { $after }
change-schedules-term = 沿用课表的学期
change-closure-span = { $start } – { $end }（{ $name }）
change-closure-day = { $start }（{ $name }）
change-reopened = 取消停课 { $closure }
change-closed = 停课 { $closure }
change-campus-short = 简称 { $before } → { $after }
change-campus-code = { $state ->
    [added] 代码 { $after }（原先取自简称）
    [removed] 代码改为取自简称（原为 { $before }）
   *[changed] 代码 { $before } → { $after }
}
change-campus-city = 城市 { $before } → { $after }
change-campus-country = 国家 { $before } → { $after }
change-campus-region = { $state ->
    [added] 假日地区 { $after }（原为仅 { $country } 全国性假日）
    [removed] 仅 { $country } 全国性假日（原为假日地区 { $before }）
   *[changed] 假日地区 { $before } → { $after }
}
change-holiday-off = { $date }虽是公共假日，但照常上课
change-holiday-on = { $date }重新成为公共假日：不上课
change-period-added = 已添加{ $kind ->
    [exams] 考试期
   *[lecture-free] 停课期
}：{ $start } – { $end }（{ $name }）
change-period-removed = 已移除{ $kind ->
    [exams] 考试期
   *[lecture-free] 停课期
}：{ $start } – { $end }（{ $name }）
change-campus-added = 已添加校区 { $name }（{ $zone }）
change-when = { $days } { $span }（{ $place }）
change-day-span = { $weekday } { $span }
change-day-time = { $weekday } { $time }
change-lengths = { $before } → { $after }
change-session-removed = 已移除（{ $when }）
change-session-added = 已添加（{ $when }）
change-series-added = 已添加（{ $when }），重复方式：{ $repeat }
change-series-removed = 已移除（{ $when }），原重复方式：{ $repeat }
change-every = { $interval ->
    [1] 每周
   *[other] 每 { $interval } 周
}
change-repeat-until = { $every }，直到{ $date }
change-repeat-count = { $every }，共 { $count } 次
change-repeat-term = { $every }，直到学期结束
change-moved = 从 { $before } 移到 { $after }
change-longer = 延长：{ $lengths }（现为 { $when }）
change-shorter = 缩短：{ $lengths }（现为 { $when }）
change-hosted = 主讲校区 { $before } → { $after }
change-now-repeats = 改为重复：{ $repeat }
change-once = 现在只上一次
change-cancelled = { $date }停课
change-again = { $date }恢复上课
change-weeks = 重复方式改为：{ $after }（原为：{ $before }）
change-week = 仅该周（{ $date }）：{ $what }
change-usual = 恢复平常的时间和教室
change-week-at = 改到 { $time }
change-week-for = 时长 { $length }
change-week-rooms = 换了教室
change-cohorts = 班级 { $before } → { $after }
change-lecturer = 教师 { $before } → { $after }
change-rooms = 教室 { $before } → { $after }
change-none = 无
change-course = { $state ->
    [added] 已添加课程：“{ $after }”
    [removed] 已移除课程（原为“{ $before }”）
   *[changed] 课程：“{ $before }” → “{ $after }”
}
change-link = { $state ->
    [added] 已添加会议链接：“{ $after }”
    [removed] 已移除会议链接（原为“{ $before }”）
   *[changed] 会议链接：“{ $before }” → “{ $after }”
}
change-notes = { $state ->
    [added] 已添加备注：“{ $after }”
    [removed] 已移除备注（原为“{ $before }”）
   *[changed] 备注：“{ $before }” → “{ $after }”
}
change-kind = 现在是{ $kind ->
    [joint-lecture] 联合授课
    [lecture] 讲授课
    [lab] 实验课
    [seminar] 研讨课
    [tutorial] 辅导课
    [exam] 考试
    [office-hours] 答疑时间
   *[other] 其他类型
}
change-person-removed = 已移除{ $what ->
    [cohort] 班级
    [lecturer] 教师
   *[room] 教室
} { $name }
change-person-added = 已添加{ $what ->
    [cohort] 班级
    [lecturer] 教师
   *[room] 教室
} { $name }
change-person-renamed = { $what ->
    [cohort] 班级
    [lecturer] 教师
   *[room] 教室
} { $before } 重命名为 { $after }
change-person-campus = { $what ->
    [cohort] 班级
    [lecturer] 教师
   *[room] 教室
} { $name }：校区 { $before } → { $after }
change-person-size = { $what ->
    [cohort] 班级 { $name }：人数 { $before } → { $after }
   *[room] 教室 { $name }：座位数 { $before } → { $after }
}
change-not-given = 未填写
compare-group = { $group }：
compare-not-alone = 与另一处差异一起更改（无法单独应用）
compare-campus = 校区
compare-mine = 我的
compare-theirs = 对方的
compare-yours = 你的
compare-after = 合并后
compare-no-effect = 冲突没有变化。
compare-new-conflict = 新冲突：{ $conflict }
compare-resolved = 已解决：{ $conflict }
compare-other-link = 链接中的版本
compare-other-file = “{ $name }”
compare-other-tab = 另一个标签页中保存的版本
compare-other-kept = 一个保留版本
compare-title = 将“{ $name }”与{ $other }进行比较
compare-lead-three-way = 两个版本都源自此浏览器分享或收到的同一版本，因此只有一方更改的内容会直接采用；{ $mine ->
    [0] 此后你没有做任何更改。
   *[other] 你此后的 { $mine } 处更改会保留。
}
compare-no-questions = 你和对方没有更改同一项内容：无需选择。
compare-questions = 有 { $count } 处内容双方都更改了：请逐一选择保留我的还是对方的。
compare-lead-two-way = 此版本没有注明源自此浏览器分享或收到的哪个版本，因此列出所有差异：请取消勾选不需要的内容。
compare-questions-title = 双方都更改的内容
compare-question = 问题 { $number }
compare-mine-or-theirs = { $name }：我的还是对方的
compare-lead-mine-theirs = （我的 → 对方的）
compare-theirs-rather = 用对方的替换我的：
compare-changes-three-way = 合并将对你的版本做出的更改（{ $count } 处）
compare-differences = 差异（{ $count }）
compare-none = 无。
compare-accept = 接受
compare-more = 另有 { $count } 处
compare-choose = 还有 { $count } 项需要选择我的或对方的，之后才能合并。
compare-cancel = 取消
compare-merge = 合并
compare-merge-changes = 合并（{ $count } 处更改）
compare-merge-differences = 合并（{ $count } 处差异中的 { $accepted } 处）
compare-with-title = 将“{ $name }”与…比较
compare-with-lead = 此课表的另一个版本（合作方的链接或文件），用来查看改动并与你的版本合并。在合并之前不会有任何改动。
compare-with-link = 编辑链接
compare-with-this-link = 与此链接比较
compare-with-or = 或
compare-with-file = 与文件比较…
compare-view-link = 这是学生链接（只读，可能只针对一个校区）：请粘贴编辑链接。
compare-link-unread = 无法读取该链接：{ $problem }。
compare-file-unread-because = 无法读取“{ $name }”：{ $problem }。
compare-file-unread = 无法读取“{ $name }”。
change-removed = 已移除 { $what }{ $sessions ->
    [0] {""}
   *[other] ；{ $sessions } 个课次不再包含它
}{ $busy ->
    [0] {""}
   *[other] ；{ $busy } 个忙碌日历也一并移除
}。
change-removed-with = 已移除 { $what } 及其 { $with }{ $sessions ->
    [0] {""}
   *[other] ；{ $sessions } 个课次不再包含它
}{ $busy ->
    [0] {""}
   *[other] ；{ $busy } 个忙碌日历也一并移除
}。
change-removed-cohorts = { $count } 个班级
change-removed-rooms = { $count } 个教室
change-removed-and = { $first } 和 { $second }

compare-changed-conflict = 冲突有变化：{ $conflict }
compare-conflict-dates = { $conflict }——{ $dates }
compare-dates-gone = { $dates }不再冲突
compare-dates-added = { $dates }现在也冲突
compare-dates-instead = 改为在{ $dates }冲突
compare-dates-kept = 其余 { $count } 个日期仍然冲突
compare-dates-and = { $first }；{ $second }
compare-dates-list = { $first }、{ $second }
compare-dates-more = { $dates }及另外 { $count } 个日期


## Engine: best times and rotations

overlap-every-week = 每周
overlap-weeks-from = 自{ $date }起 { $weeks } 周
overlap-outside-hours = { $weekday } { $time }，超出教学时间（{ $span }）
overlap-other-weekday = { $weekday } { $time }，该校区当天不上课（{ $span }）
overlap-closed = 因 { $closure } 停课（{ $span }）
overlap-closed-unnamed = 停课日（{ $span }）
overlap-outside-term = 不在其学期内（{ $span }）
overlap-clock-change = 自{ $date }起为 { $time }：{ $why }（{ $weeks } 周）
overlap-clocks-change = 时钟调整
overlap-leaves-summer-time = { $place }结束夏令时
overlap-enters-summer-time = { $place }开始实行夏令时
overlap-clocks-move = { $place }的时钟调整 { $hours } 小时
overlap-both = { $first }，并且{ $second }
overlap-campus-reasons = { $campus }：{ $reasons }
overlap-campus-fails = { $campus } 在 { $weeks } 周中有 { $failing } 周不合适：{ $reasons }
overlap-booked = { $who } 自{ $date }起有 { $weeks } 周已被占用
overlap-someone = 某人
rotation-tally = { $campus }：{ $burdens }
rotation-tally-none = { $campus }：0
rotation-burden = { $kind ->
    [night] 夜间
    [weekend] 周末
    [early] 清晨
    [late] 晚间
   *[outside-hours] 教学时间外
} { $count } 次


## Engine: calendar files (ICS)

ics-calendar-name = { $schedule } · { $who }
ics-room = { $room }，{ $campus }
ics-online = 在线
ics-kind = { $kind ->
    [joint-lecture] 联合授课
    [lecture] 讲授课
    [lab] 实验课
    [seminar] 研讨课
    [tutorial] 辅导课
    [exam] 考试
    [office-hours] 答疑时间
   *[other] 其他
}
ics-course-kind = { $course } · { $kind }
ics-taught-from = 由 { $campus }（{ $place }）主讲
ics-taught-from-elsewhere = 由 { $campus } 主讲，按{ $place }时间
ics-lecturer = 教师：{ $name }
ics-join = 参会链接：{ $url }


## App: header, start page, banners, language menu, status lines

shell-brand = Meridian
page-title-planner = Meridian — 跨时区联合课程
page-title-timetable = 课表 — Meridian
shell-footer-tzdb = IANA tzdb { $version }
shell-footer-version = Meridian { $version }
shell-footer-private = 所有数据都只保存在此浏览器中
shell-campus-count = { $count } 个校区
shell-view = 视图
shell-planner = 排课
shell-my-timetable = 我的课表
shell-schedule = 课表
shell-shared-option = { $name }（分享链接）
shell-demos = 示例
shell-my-schedules = 我保存的课表
shell-demo-enhance-autumn-2026 = ENHANCE · 2026 年秋季
shell-demo-gma-spring-2027 = Global MOOC Alliance · 2027 年春季
shell-grid-in = 网格时区
shell-your-time = 你的时间（{ $place }）
shell-your-zone = 你的时区
shell-history = 历史记录
shell-undo = 撤销
shell-undo-title = 撤销（Ctrl+Z）
shell-redo = 重做
shell-redo-title = 重做（Ctrl+Shift+Z）
shell-new-session = 新建课次
shell-people = 校区与人员
shell-file = 文件
shell-new-schedule = 新建课表…
shell-open-my-schedules = 我保存的课表…
shell-import-busy = 导入忙碌时间
shell-export-file = 导出文件
shell-compare-with = 比较…
shell-open-file = 打开文件
shell-share = 分享
language-menu-label = 语言
language-menu-title = 选择 Meridian 的显示语言
banner-label = 分享的课表
banner-shared-copy = 分享的副本。
banner-shared-copy-detail = 你从链接或文件打开了一份课表。在你保存（或修改）之前，它不会存储在此浏览器中；你自己的课表不受影响。
banner-identity-stored = 已存储一份相同标识的课表
banner-already-stored = “{ $name }”已在你保存的课表中。要比较并将此副本合并进去、用此副本替换它，还是两份都保留？
banner-compare-and-merge = 比较并合并…
banner-replace = 替换
banner-keep-both = 两份都保留
banner-cancel = 取消
banner-you-have = 你保存的课表中已有“{ $name }”：查看改动并与你的版本合并。
banner-compare-with-mine = 与我的版本比较…
banner-save = 保存到我的课表
banner-read-only = 只读课表。
banner-read-only-for = { $whom } 的只读课表。
banner-read-only-detail = 通过链接分享：时间按你的时区显示；不会存储任何内容。
banner-release-ready = Meridian 的新版本已准备就绪。
banner-release-reload = 重新加载以使用新版本
status-moved = 已将 { $title } { $shift }。
status-resized = { $title } 的时长现为 { $length }。
status-deleted = 已删除 { $title }。撤销即可恢复。
status-added = 已添加 { $title }。
status-session-saved = 已保存 { $title }。
status-busy-imported = 已从“{ $calendar }”导入 { $blocks } 个忙碌时段：它们会参与冲突检查，并在网格中显示为灰色。
status-renamed = 已重命名为“{ $name }”。
status-occurrence-moved = 已将{ $date }的 { $title } { $shift }，仅限该周。
status-occurrence-resized = { $date }的 { $title } 时长现为 { $length }，仅限该周。
status-occurrence-saved = 已保存{ $date }的 { $title }，仅限该周。
status-occurrence-skipped = { $title } 在{ $date }停课。撤销即可恢复。
status-merged = { $changes ->
    [0] 已合并：这里无需改动。
   *[other] 已合并：从另一版本采纳了 { $changes } 处改动。
}撤销可回到你的版本。
status-rotation-accepted = { $slots ->
    [1] { $title } 现在使用最公平的每周时段。
   *[other] { $title } 现在在 { $slots } 个每周时段之间轮换，每个时段一个系列课。
}撤销可恢复原样。
status-holiday-taught = { $campus } 在{ $date }照常上课，尽管当天是 { $holiday }。撤销可恢复为假日。
status-holiday-again = { $date }的 { $holiday } 重新成为 { $campus } 的假日。
status-setup-saved = 已保存校区与人员。
status-undone = 已撤销。
status-redone = 已重做。
status-created = 已创建“{ $name }”。用“新建课次”添加课次；每次修改都会保存在此浏览器中。
status-updated-from-tab = 已同步在另一个标签页中对此课表所做的修改。
status-merged-with-tab = 此课表也在另一个标签页中被修改：那边的修改和你的修改都已保留。
status-changed-on-both-tabs = 此课表也在另一个标签页中被修改，且有些内容两边都改了：请选择保留哪一边。在此之前不会保存任何内容。
status-session-gone = 该课次已不在课表中。
status-refused = 无法进行此修改：{ $reason }
status-name-needed = 课表需要名称。
status-demo-not-loaded = 无法加载示例课表：{ $reason }
status-link-unreadable = 无法读取你打开的链接：{ $reason }。
status-link-unreadable-demo = 无法读取你打开的链接：{ $reason }。已改为显示示例课表。
status-file-not-opened = 未打开“{ $file }”，也没有做任何更改：{ $reason }。
status-file-unreadable = 无法读取“{ $file }”。
status-storage-open = 无法打开该课表：{ $reason }。
status-storage-open-last = 无法打开你上次的课表：{ $reason }。
status-storage-list = 无法读取你存储的课表：{ $reason }。
status-storage-compare = 无法读取你存储的版本进行比较：{ $reason }。
status-storage-autosave = 你最近的修改仍在此处打开，但未保存：{ $reason }。
status-storage-remember = 有一个版本未能保存到此课表的历史记录中：{ $reason }。
status-storage-save = 课表未保存：{ $reason }。
status-storage-remove = 未删除：{ $reason }。
status-storage-other = 操作未成功：{ $reason }。
status-zone-unknown = 没有与“{ $text }”匹配的时区。请输入城市（例如 Trondheim）或 IANA 名称（例如 Europe/Oslo）。
holidays-not-loaded = 无法加载 { $campus } 的公共假日（{ $country }）：检查中只包含手动输入的停课日。请重新加载页面重试。
holidays-unknown-region = { $campus } 的地区为“{ $region }”，但 { $country } 的假日数据中没有该地区：检查中只包含 { $country } 的全国性假日。请在“校区与人员”中选择其地区。
holidays-year-not-covered = { $country } 的假日数据不包含 { $year } 年：该年 { $campus } 的公共假日未纳入检查。
holidays-both-names = { $local }（{ $english }）
holidays-student-notice = { $date }：{ $name }，{ $campus } 的公共假日
holidays-student-notice-observed = { $date }：{ $name }，{ $campus } 的公共假日（补休日）


## App: student timetable

timetable-label = 我的课表
timetable-my-campus = 我的校区
timetable-all-campuses = 所有校区
timetable-my-cohort = 我的班级
timetable-all-cohorts = 所有班级
timetable-add-to-calendar = 添加到我的日历（.ics）
timetable-next = 下一节：{ $title }，{ $countdown }——{ $date } { $time }（你的时间）
timetable-no-more = 本学期没有更多课次了。
timetable-time-changes = 时间变化
timetable-public-holidays = 公共假日
timetable-show = 显示
timetable-agenda = 日程
timetable-week = 周
timetable-hide-earlier = 隐藏之前的日期
timetable-show-earlier = 显示之前的 { $count } 天
timetable-nothing = 没有可显示的课次。
timetable-skipped = 本周停课
timetable-moved = 本周调整
timetable-skipped-date = 停课
timetable-moved-date = 已调整
timetable-meta = { $length } · 主讲校区时间 { $host }
timetable-meta-rooms = { $length } · 主讲校区时间 { $host } · { $rooms }
timetable-meta-elsewhere = { $length } · { $city }时间 { $time } · 主讲校区：{ $campus }
timetable-meta-elsewhere-rooms = { $length } · { $city }时间 { $time } · 主讲校区：{ $campus } · { $rooms }
timetable-host-time = { $city } { $time }（{ $campus }）
timetable-host-time-no-campus = { $city } { $time }
timetable-room = { $room }，{ $campus }
timetable-next-day = { $time }（次日）
timetable-join = 在线参加
timetable-not-a-web-link = 不是网页链接
timetable-change = 自{ $date }起，{ $title } 改为 { $now } 开始（原为 { $was }）。
timetable-change-why = 自{ $date }起，{ $title } 改为 { $now } 开始（原为 { $was }；{ $why }）。
timetable-this-class = 该课次
timetable-switch-to-summer = { $city }开始实行夏令时
timetable-switch-from-summer = { $city }结束夏令时
timetable-term-label = 学期概览
timetable-term-heading = 学期概览——{ $name }
timetable-times-in = 时间为{ $place }时间（{ $zone }）。
timetable-column-session = 课次
timetable-column-when = 时间
timetable-column-dates = 日期
timetable-usual = { $weekday } { $time }
timetable-other-times = { $usual }（有 { $count } 个日期时间不同）
timetable-dates = { $first } – { $last } · 共 { $count } 次课
timetable-opening-planner = 正在打开排课…
timetable-opening = 正在打开课表…
timetable-open-the-link = 打开协调人分享的学生链接，即可在此查看你的课表。
timetable-plan-in-meridian = 在 Meridian 中规划课表


## App: planner grid, session form, conflicts panel, time finder, best times panel

week-nav = 学期各周
week-previous = 上一周
week-next = 下一周
week-pick = 周
week-label = 第 { $week } 周 · { $year } 年 { $days }
week-position = 学期第 { $week } 周，共 { $weeks } 周
week-snap = 对齐到
week-term-strip = 学期概览：有冲突或夏令时切换的周
week-cell = 第 { $week } 周（{ $date }）{ $conflicts ->
        [yes] ，有冲突
       *[no] {""}
    }{ $switch ->
        [yes] ，有夏令时切换
       *[no] {""}
    }
week-switches = 本周的夏令时切换
week-switch-forward = { $date }：{ $campuses }——时钟拨快 { $from } → { $to }（此后为 UTC{ $offset }）
week-switch-back = { $date }：{ $campuses }——时钟拨慢 { $from } → { $to }（此后为 UTC{ $offset }）
grid-label = 课次，时间按 { $zone }
grid-day-tabs = 日
grid-day-count = { $count } 个课次
grid-scroll = 周网格，可滚动
grid-ruler-you = 你
grid-ruler-your-time = 你的时间
grid-ruler = { $name } 标尺
grid-ruler-closed = { $campus } 停课：{ $days }
grid-ruler-offset = UTC{ $offset } · { $abbreviation }
grid-day-off = { $date }：{ $holiday }
grid-legend = 网格时间按 { $zone } · 标尺显示各校区的当地时间，教学时间以外显示为阴影 · 悬停、聚焦或轻点课次可查看其在各校区的当地时间{ $editable ->
        [yes] {" "}· 在空白时间上拖动可添加课次
       *[no] {""}
    }
block-keys = 按 Enter 或双击进行编辑（仅本周或每周）；方向键将每周的课次移动 { $step } 分钟或一天；Shift 加上下方向键可改变时长；Delete 删除课次（Ctrl+Z 撤销）。拖动可移动，拖动下边缘可改变时长。
block-resize = 拖动以改变时长
block-changed = 仅本周有改动
block-busy-title = 忙碌
block-busy = { $whose } 忙碌（来自 { $calendar }），{ $time }
block-local-times = 各校区的当地时间
block-other-day = 不同日期
block-outside-hours = 超出教学时间
block-join = 在线参加
block-not-a-web-link = 不是网页链接
planner-cancel = 取消
planner-scope-move = 将“{ $title }”{ $shift }？
planner-scope-shorter = 将“{ $title }”缩短 { $length }？
planner-scope-longer = 将“{ $title }”延长 { $length }？
planner-scope-why = 这是每周重复的系列课。只修改你拖动的这一周，还是修改系列课的每一周？
planner-scope-this-week = 仅本周（{ $date }）
planner-scope-every-week = 每一周
planner-main = 周网格
conflicts-label = 冲突
conflicts-title = 冲突
conflicts-counts = { $errors } 个错误 · { $warnings } 个警告 · { $notes } 条提示
conflicts-checking-short = 检查中…
conflicts-progress = 正在检查冲突
conflicts-checking = 正在检查课表…
conflicts-checking-changed = 正在检查修改后的课表；下面的列表仍是修改前的结果。
conflicts-none = 无冲突：每个课次在每一周都适合每个校区。
conflicts-errors = 错误（{ $count }）
conflicts-warnings = 警告（{ $count }）
conflicts-notes = 夏令时导致的时间漂移与提示（{ $count }）
conflicts-drift-caption = 学期内各校区的当地开始时间
conflicts-show-week = 显示{ $date }所在的周
conflicts-find = 为 { $title } 寻找时间
conflicts-find-week = 仅为{ $date }的 { $title } 寻找时间
conflicts-teach-anyway = 仍在 { $holiday } 上课
conflicts-show-more = 再显示 { $count } 个
conflicts-hint = 提示：{ $hint }
planner-drag-label = 课次将被移到的位置
planner-drag-title = { $title }，{ $date }
planner-drag-checking = 仍在检查冲突：检查完成后会显示此次移动新增的冲突。
planner-drag-ok = 没有新冲突，即使每一周都移动也一样。
finder-label = 寻找时间
finder-button = 寻找时间
finder-hint-week = 在主讲校区的教学日中逐一尝试本周每半小时的开始时间，并与该周的其他所有安排对照检查
finder-hint-series = 在主讲校区的教学日中逐一尝试第一周每半小时的开始时间，每个都对照整个学期检查
finder-progress = 正在寻找时间
finder-searching = 正在尝试本周每个可能的开始时间…
finder-stop = 停止
finder-when = { $date } { $time }
finder-now = 时间按{ $place }计。当前为 { $when }：{ $summary }
finder-none-better = 本周没有更好的时间。
finder-refused = 没有可建议的时间：{ $reason }。
form-edit-title = 编辑课次
form-new-title = 新建课次
form-scope = 修改范围
form-scope-every-week = 系列课的每一周
form-scope-this-week = 仅{ $date }（本周）
form-week-note = { $date }的 { $title }：时间按{ $place }计。标题、班级、教师等其他内容仍沿用系列课的设置；如需修改，请选择“系列课的每一周”。
form-title = 标题
form-course = 课程
form-kind = 类型
form-kind-option = { $kind ->
        [joint-lecture] 联合授课
        [lecture] 讲授课
        [lab] 实验课
        [seminar] 研讨课
        [tutorial] 辅导课
        [exam] 考试
        [office-hours] 答疑时间
       *[other] 其他
    }
form-host = 主讲校区
form-zone = 时间固定于
form-zone-host = 主讲校区的时区
form-date = 日期
form-first-date = 首次日期
form-starts-at = 开始时间
form-length = 时长（分钟）
form-best-times = 最佳时间
form-best-times-hint = 按学期每周有多少校区处于教学时间内为本周着色；若没有适合所有人的时间，则提出公平的轮换方案
form-repeats = 重复
form-weekly = 每周或每隔几周
form-interval = 每 … 周
form-until = 截止日期（可选）
form-count = 次数（可选）
form-skip = 跳过的日期（{ $pattern }，用英文逗号分隔）
form-weekdays = 上课日（未选时为首次日期当天）
form-cohorts = 班级
form-rooms = 教室
form-lecturer = 教师
form-meeting = 在线会议链接
form-meeting-placeholder = https://…
form-notes = 备注
form-cancel-week = 取消本周课次
form-close = 关闭
form-save-week = 保存本周
form-save = 保存
form-add = 添加课次
form-no-title = 请为课次填写标题。
form-no-start = 请填写开始日期和时间。
form-length-not-a-number = 时长应为分钟数，例如 90。
form-interval-too-small = 重复间隔至少为 1 周。
form-until-not-a-date = “截止日期”应为日期，格式为 { $pattern }。
form-count-not-a-number = “次数”应为数字。
form-skip-not-a-date = 每个跳过的日期都应为 { $pattern } 格式。
best-label = 最佳时间
best-title = { $title } 的最佳时间
best-title-new = 新系列课的最佳时间
best-close = 关闭
best-campuses = 必须参加的校区
best-length = 时长（分钟）
best-tick-one = 请至少勾选一个校区。
best-no-map = 无法生成最佳时间图：{ $reason }。
best-no-rotation = 无法提出轮换方案：{ $reason }。
best-intro = 时间按{ $place }计。网格上的阴影表示：在学期的每一周（共 { $weeks } 周），各开始时间有多少已勾选的校区处于教学时间内。
best-key-all = 全部
best-key-booked = 全部，已被占用
best-key-fewer = 较少
best-point-hint = 指向网格或下方的某个开始时间，可查看哪些校区无法参加及原因；点击即可从该时间开始一个系列课。
best-slot = { $start }：{ $state }
best-slot-no-week = 学期内没有哪一周包含这一天
best-slot-everyone = 在各校区上课的每一周都合适
best-slot-holding = { $campuses } 个校区中有 { $holding } 个每周都处于教学时间内
best-closed-weeks-only = { $reason }——仅限停课周，任何开始时间都无法避开
best-booked = { $who } 自{ $date }起有 { $weeks } 周已被占用
best-someone = 某人
best-everyone-heading = 每周都适合所有人的开始时间
best-start = 从 { $start } 开始新的系列课
best-start-everyone = 从 { $start } 开始新的系列课（{ $starts } 适合所有人）
best-none-suits = 没有任何开始时间能在学期每一周都适合全部 { $campuses } 个校区；最多只能满足 { $most } 个。最接近的：
best-no-rotation-found = 没有任何工作日开始时间能在学期每一周都避开已有占用，因此无法提出轮换方案。
best-rotation-heading = { $slots ->
        [1] 只用一个每周时段最公平
       *[other] 由 { $slots } 个每周时段组成的公平轮换
    }
best-rotation-note = 按周轮流使用，使夜间、清晨、晚间和周末的课次得到分担：单个校区最多 { $largest } 分，总计 { $total } 分（夜间课次计 { $night } 分）{ $complete ->
        [no] （搜索已达上限而停止；这是找到的最佳方案）
       *[yes] {""}
    }。
best-rotation-scroll = 各校区的当地开始时间，可滚动
best-rotation-caption = 每个时段在各校区的当地开始时间
best-rotation-campus = 校区
best-rotation-place = { $place }时间
best-night = 夜间
best-night-aside = （夜间）
best-rotation-weeks = 周次：
best-rotation-tally = 各校区的不便课次：
best-rotation-fairness = 公平性：各校区的不便课次尽可能均匀分担；夜间课次（06:00 之前开始或 23:00 之后结束，标记为 ☾）按三次计。请核对上方各校区的当地时间。
best-rotation-use = 使用此轮换方案
best-rotation-from-form = 从课次表单中打开“最佳时间”，即可用此轮换方案替换该课次。


## App: dialogs

dialog-cancel = 取消
dialog-done = 完成
dialog-save = 保存
dialog-remove = 移除
share-title = 分享“{ $name }”
share-lead = 整份课表都包含在链接里：不会上传任何内容，打开链接的人会得到自己的副本。
share-edit-heading = 编辑链接
share-edit-hint = 在排课中以副本形式打开，接收者可以修改并保存。
share-copy = 复制
share-view-heading = 学生链接
share-view-hint = 只读：按每位学生自己的时区打开课表。
share-for = 适用于
share-everyone = 所有人
share-one-campus = 某个校区
share-one-cohort = 某个班级
share-download = 下载日历（.ics）
share-qr-heading = 二维码
share-qr-of = 二维码内容
share-qr-students = 学生链接
share-qr-edit = 编辑链接
share-qr-label-students = 学生链接的二维码（版本 { $version }）
share-qr-label-edit = 编辑链接的二维码（版本 { $version }）
share-qr-caption = { $width }×{ $width } 个模块：用手机摄像头扫描，或放到幻灯片上。
share-qr-too-large = 此课表太大，无法放入一个二维码：请改为分享链接。
share-copied-edit = 已将编辑链接复制到剪贴板。
share-copied-students = 已将学生链接复制到剪贴板。
share-copy-failed-edit = 无法复制：请选中编辑链接并按 Ctrl+C（Mac 上按 ⌘C）。
share-copy-failed-students = 无法复制：请选中学生链接并按 Ctrl+C（Mac 上按 ⌘C）。
share-downloaded = 已下载 { $file }：用你的日历应用打开即可添加所有课次。
share-download-failed = 无法在此浏览器中生成日历文件。
share-length = { $count } 个字符
share-no-link = 无法生成链接：{ $reason }。
share-sheet = 分享学生链接…
import-title = 导入忙碌时间
import-lead = 来自合作方排课系统（TimeEdit、Untis、Google Calendar、Outlook）的日历文件。其中的事件会作为忙碌时间参与冲突检查，并在网格中显示为灰色。所有数据都不会离开此浏览器。
import-file = 日历文件（.ics）
import-busy-of = 忙碌时间所属
import-group-cohorts = 班级
import-group-lecturers = 教师
import-group-rooms = 教室
import-group-campuses = 整个校区（所有班级）
import-name = 名称（可选）
import-name-placeholder = 例如 NTNU TimeEdit，2026 年秋季
import-submit = 导入
import-choose-file = 请先选择日历文件（.ics）。
import-too-large = “{ $file }”大小为 { $size } MB；Meridian 只能读取不超过 { $limit } MB 的日历文件（请导出更短的时间段）。
import-unreadable = 无法读取该文件。
import-nothing-imported = 未导入任何内容：{ $reason }。
new-title = 新建课表
new-lead = 从一个联盟开始：其校区会自带时区和默认教学时间（周一至周五，当地时间 08:00–20:00），之后可以修改。
new-alliance = 联盟
new-campuses = 校区
new-campus = { $campus }（{ $city }）
new-name = 名称
new-name-placeholder = 例如 可持续能源系统——2027 年春季
new-term-starts = 学期开始
new-term-ends = 学期结束
new-create = 创建
new-dates-missing = 请填写学期的第一天和最后一天。
new-default-name = { $alliance } 学期
new-default-name-plain = 新学期
new-cannot-make = 无法创建课表：{ $reason }。
people-title = 校区与人员
people-campuses = 校区：教学时间（{ $pattern }；留空 = 不上课）和停课日
people-campus-place = · { $city } · { $zone }
people-remove-campus-label = 移除校区 { $name }
people-remove-campus = 移除校区
people-remove-closure-label = 移除停课日 { $name }
people-remove-cohort-label = 移除班级 { $name }
people-remove-lecturer-label = 移除教师 { $name }
people-remove-room-label = 移除教室 { $name }
people-hours-label = { $campus } { $weekday }的教学时间
people-hours-empty = —
people-hours-refused = “{ $hours }”不是有效的{ $weekday }教学时间：请写成 08:00-18:00；当天不上课则留空。
people-closure = { $name }——{ $date }
people-closure-span = { $name }——{ $start } 至 { $end }
people-add-closure = 添加停课日（名称, 日期）
people-add-closure-placeholder = 假日, 2026-12-08
people-add-closure-label = 为 { $campus } 添加停课日
people-closure-refused = “{ $text }”不是有效的停课日：请写名称、英文逗号和日期，例如 假日, 2026-12-08。
people-add-campus = 添加校区：搜索大学、城市或时区
people-add-known = + { $campus }（{ $city }）
people-add-zone = + 位于{ $city }的校区（{ $zone }）
people-new-campus-name = { $city }校区
people-cohorts = 班级
people-cohort-name = 班级名称
people-campus-of = { $name } 的校区
people-add-cohort = 添加班级
people-lecturers = 教师
people-lecturer-name = 教师姓名
people-add-lecturer = 添加教师
people-rooms = 教室
people-room-name = 教室名称
people-add-room = 添加教室
people-removed = { $removed }点击“保存”确认，点击“取消”放弃。
people-not-removed = 未移除：{ $reason }。
people-not-changed = 未修改：{ $reason }。
people-new-cohort-campus = 新班级所在校区
people-lecturer-prompt = 输入教师姓名
people-room-prompt = 输入教室名称
problem-unnamed = { $item ->
    [cohort] 列表中第 { $position } 个班级没有名称；请填写名称或删除该班级
    [lecturer] 列表中第 { $position } 位教师没有姓名；请填写姓名或删除该教师
   *[room] 列表中第 { $position } 间教室没有名称；请填写名称或删除该教室
}
calendar-region = 假日地区
calendar-region-label = { $campus } 的假日地区
calendar-national-only = 仅 { $country } 全国性假日
calendar-national-no-country = 未设置国家
calendar-no-country = 无国家：仅包含手动输入的停课日
calendar-loading = 公共假日（{ $country }）：加载中…
calendar-no-holidays = 学期内没有公共假日
calendar-holidays = { $taught ->
    [0] 学期内的公共假日（{ $count } 个）
   *[other] 学期内的公共假日（{ $count } 个，其中 { $taught } 个照常上课）
}
calendar-unticked = 未勾选：该校区当天照常上课。
calendar-english-name = （{ $name }）
calendar-observed = 补休
calendar-substitute = 替代假日
calendar-we-teach = 照常上课
calendar-period = { $kind ->
    [exams] 考试期
   *[lecture-free] 停课期
}：{ $name }——{ $start }至{ $year }年{ $end }
calendar-remove-period-label = 移除时段 { $name }
calendar-add-exams = 添加考试期（名称, 第一天, 最后一天）
calendar-add-lecture-free = 添加停课周（名称, 第一天, 最后一天）
calendar-add-exams-label = 为 { $campus } 添加考试期
calendar-add-lecture-free-label = 为 { $campus } 添加停课周
calendar-exams-placeholder = 冬季考试, 2027-02-01, 2027-02-19
calendar-lecture-free-placeholder = 寒假, 2026-12-21, 2027-01-03
calendar-period-refused = “{ $text }”不是有效的时段：请写名称、第一天和最后一天，用英文逗号分隔，例如 冬季考试, 2027-02-01, 2027-02-19。
calendar-import = 导入校历（.ics）…
calendar-import-label = 导入 { $campus } 的校历（.ics）
calendar-too-large = “{ $file }”大小为 { $size } MB；Meridian 只能读取不超过 { $limit } MB 的日历文件。
calendar-unreadable = 无法读取该文件。
calendar-nothing-read = 未读取任何内容：{ $reason }。
calendar-academic-label = { $campus } 的校历
calendar-no-events = 学期内没有事件。
calendar-events = 学期内的事件，各自按所选方式保留：
calendar-event = { $name }：{ $when }
calendar-event-no-name = （无名称）：{ $when }
calendar-keep-as = 将 { $name }（{ $when }）保留为
calendar-keep-no-name-as = 将无名称的事件（{ $when }）保留为
calendar-event-span = { $start }至{ $end }
calendar-as-closure = 停课日
calendar-as-exams = 考试期
calendar-as-lecture-free = 停课期
calendar-as-skip = 跳过
calendar-forget = 放弃这些
calendar-add = 添加这些
schedules-title = 我保存的课表
schedules-lead = 仅保存在此设备上此浏览器的存储中。
schedules-protected = 浏览器已同意保留这些数据（不会为释放空间而清除）。
schedules-unprotected = 浏览器未同意保留这些数据：可能会为释放空间而清除；如果未安装本应用，Safari 会在七天未访问后清除。
schedules-protection-unknown = 此浏览器未说明是否会保留这些数据。
schedules-keep-elsewhere = 导出文件或复制编辑链接，即可在别处保留副本。
schedules-backup-changed = 自你上次导出或分享以来，“{ $name }”已有改动。
schedules-backup-how = 它唯一的副本就在此浏览器中：请使用菜单中的“导出文件”，或通过“分享 → 复制编辑链接”发给自己。
schedules-none = 还没有：修改一个示例、打开分享链接并保存，或新建课表。
schedules-name-label = { $name } 的名称
schedules-open = 打开
schedules-duplicate = 创建副本
schedules-delete-label = 删除 { $name }？
schedules-delete-question = 删除“{ $name }”？
schedules-delete = 删除
schedules-keep = 保留
schedules-delete-ask = 删除…
schedules-deleted = 已删除“{ $name }”。
schedules-undo = 撤销
schedules-damaged = 因损坏而移到一旁
schedules-damaged-hint = 这些内容无法读取，因此已原样移到一旁。下载后可手动修复（内容是课表的 JSON），然后打开该文件。
schedules-damaged-list = 课表列表
schedules-damaged-schedule = 课表“{ $id }”
schedules-download-list-label = 下载课表列表
schedules-download-schedule-label = 下载课表“{ $id }”
schedules-download = 下载
schedules-discard-list-label = 丢弃课表列表
schedules-discard-schedule-label = 丢弃课表“{ $id }”
schedules-discard = 丢弃
schedules-kept = “{ $name }”的保留版本（{ $count }）
schedules-kept-hint = 你分享过、收到过或合并前拥有的版本（最近 20 个）：与你的版本比较，取回需要的内容。
schedules-version = { $how ->
    [both] 已分享并收到
    [shared] 已分享
    [received] 已收到
   *[had] 合并前的版本
} · 版本 { $version }
schedules-compare-label = 将版本 { $version } 与你的版本比较
schedules-compare = 比较…
schedules-discard-versions = 丢弃这些版本
schedules-copy-name = { $name }（副本）
schedules-storage-unavailable = 此浏览器不允许 Meridian 保存课表（无痕模式或存储已关闭）；你的工作只在此标签页中保持打开
schedules-storage-full = 此浏览器为 Meridian 提供的存储空间已满；你的工作仍在此标签页中打开，可以导出为文件
schedules-damaged-left = 存储的课表“{ $id }”已损坏（{ $reason }）；未做任何改动
schedules-damaged-set-aside = 存储的课表“{ $id }”已损坏（{ $reason }）；已原样移到一旁，不会被覆盖，可在“我保存的课表”中以文件形式下载
schedules-missing = 此浏览器中没有存储课表“{ $id }”
schedules-list-repaired = 你存储的课表列表已损坏：已将其移到一旁，并根据此处存储的课表重新生成（可在“我保存的课表”中以文件形式下载损坏的列表）。
schedules-unreadable = 无法读取你存储的课表：{ $reason }。
