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
### 数字、拉丁字母与汉字之间留一个空格。


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
countdown-now = 现在
countdown-in = { $length }后
countdown-days = { $days } 天后


## Engine: conflicts and their hints

conflict-resource-cohort = 班级 { $name }
conflict-resource-lecturer = 教师 { $name }
conflict-resource-room = 教室 { $name }
conflict-double-booked = { $resource } 在 { $date } 有两个课次时间重叠：{ $place } 时间 { $first_span } 和 { $second_span }（{ $same ->
        [yes] 均为 { $first }
       *[no] { $first } 和 { $second }
    }，重叠 { $minutes } 分钟）
conflict-short-break = { $date }（{ $place } 时间），{ $resource } 在 { $first }（{ $first_end } 结束）和 { $second }（{ $second_start } 开始）之间只有 { $gap } 分钟间隔；规则要求 { $rule } 分钟
conflict-busy = { $resource } 在 { $date } { $place } 时间 { $busy } 没有空（{ $calendar }），而 { $session } 安排在 { $meets }
conflict-busy-block = { $resource } 在 { $date } { $place } 时间 { $busy } 没有空（{ $block }，来自 { $calendar }），而 { $session } 安排在 { $meets }
conflict-public-holiday = { $date } 的 { $session } 恰逢 { $holiday }，这是 { $campus }（{ $city }）的公共假日：该校区的班级放假
conflict-public-holiday-translated = { $date } 的 { $session } 恰逢 { $holiday }（{ $english }），这是 { $campus }（{ $city }）的公共假日：该校区的班级放假
conflict-lecture-free = { $date } 的 { $session } 落在 { $period }，{ $campus } 此期间不上课
conflict-exam-period = { $date } 的 { $session } 落在 { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } 的考试期（{ $period }）
conflict-closed = { $date } 的 { $session } 恰逢 { $campus } 的 { $closure }（停课）
conflict-closed-unnamed = { $date } 的 { $session } 恰逢 { $campus } 的停课日
conflict-outside-term = { $date } 的 { $session } 不在 { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } 的学期内（{ $start } – { $end }）
conflict-other-weekday = { $host_date } 的 { $session } 在 { $campus } 是 { $date }，{ $city } 时间 { $span }，该校区那天不上课
conflict-no-teaching-day = { $date } 的 { $session } 落在 { $campus } 不上课的日子（{ $city } 时间 { $span }）
conflict-outside-hours = { $date } 的 { $session } 在 { $city } 时间 { $span } 上课，超出 { $ends_in_s ->
        [yes] { $campus }
       *[no] { $campus }
    } 的教学时间（{ $hours }）
conflict-skipped-time = { $session }：{ $date } 在 { $place } 不存在 { $time }（时钟从 { $from } 直接跳到 { $to }）；已顺延到切换之后
conflict-repeated-time = { $session }：{ $date } 在 { $place } 的 { $time } 会出现两次（UTC{ $earlier } 和 UTC{ $later }）；按第一次计
conflict-drift = { $session }（{ $place } 时间 { $weekday } { $time }）在学期中于合作校区的当地时间会变化：{ $rows }
conflict-omitted = { $resource } 还有 { $pairs } 处重叠占用未列出（每个班级、教师或教室最多列出 { $conflicts } 个冲突或 { $overlaps } 处重叠）
conflict-repeats = { $message }（另有 { $more } 个日期，直到 { $last }）
drift-row = { $cities }：{ $times }
drift-once = { $date } { $time }
drift-until = { $time }（至 { $date }）
drift-from = { $time }（自 { $date } 起）
drift-between = { $time }（{ $from } 至 { $to }）
hint-move-by = 将 { $session } 推迟 { $minutes } 分钟
hint-move-after = 将 { $session } 推迟 { $minutes } 分钟至 { $time }，排在 { $after } 之后
hint-move-when-free = 将 { $session } 推迟 { $minutes } 分钟至 { $time }，那时 { $resource } 有空
hint-move-room-free = 将 { $session } 推迟 { $minutes } 分钟至 { $time }：教室 { $room } 当天 { $free } 空闲
hint-no-free-time = { $resource } 当天稍后没有空闲的 { $minutes } 分钟
hint-common-window = 当天 { $place } 时间 { $span } 所有参与方都在教学时间内
hint-skip-or-move = 跳过这一天，或调整这次课的时间
hint-exams = 学生可能正在考试：把这次课移出考试期；如果他们没有考试，也可以保留
hint-avoid-switch-hour = 选择切换时段以外的时间
hint-fix-listed-first = 先处理最先列出的重复占用：通常是同一课次的副本造成的
resolution-gap = { $date } 不存在 { $time }（时钟从 { $from } 直接跳到 { $to }）
resolution-fold = { $date } 的 { $time } 会出现两次（UTC{ $earlier } 和 UTC{ $later }）
suggestion-errors = { $count } 个错误
suggestion-warnings = { $count } 个警告
suggestion-errors-warnings = { $errors }，{ $warnings }
suggestion-none = 无冲突
