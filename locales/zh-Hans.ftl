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
