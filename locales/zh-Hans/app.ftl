# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = 帮助和你的权利，用你的语言。不用网络也能用。

## Leaving the app at once
quick-exit = 马上离开
quick-exit-label = 马上离开 Haven。应用会立刻关闭。

## Choosing a language
choose-language = 选择你的语言
search-languages = 搜索语言
no-language-found = 没有找到语言。
change-language = 语言

## Moving around
home = 首页
back = 返回
topics-heading = 你需要什么？
more-services = 所有服务和电话号码

## The emergency card on every screen
emergency-heading = 你现在有危险吗？
emergency-text = 拨打紧急电话。这是免费的。

## The directory of services
directory = 打给谁
directory-intro = 可以帮助你的服务。点一下号码就能打电话。
filter-all = 全部
kind-emergency = 紧急
kind-police = 警察
kind-hotline = 热线
kind-shelter = 安全住处
kind-legal = 法律帮助
kind-health = 健康
kind-support = 支持
kind-authority = 政府部门
call = 打电话
call-from-foreign-phone = 用外国手机打
send-sms = 发短信
send-email = 发电子邮件
open-website = 网站
free-call = 免费电话
no-number = 没有公开的电话号码。
no-services = 这一类没有服务。

## Notices on articles
not-translated = 还没有翻译。这部分用原来的语言显示。
review-original = 用这种语言，根据核对过的来源写成。
review-reviewed = 已翻译，并经过母语者核对。
review-machine-assisted = 机器辅助翻译，还没有经过母语者核对。
review-not-translated = 还没有翻译。
sources = 来源
sources-intro = 这篇文章里的事实来自这些网页。

## Settings
settings = 设置
text-size = 文字大小
forget-settings = 清除我的设置
forget-settings-explained = 从这部手机上删除你选的语言和文字大小。Haven 不保存其他任何东西：没有你读过什么的记录。
forget-settings-done = 你的设置已经删除。
information-version = 信息版本 { $version }，核对日期 { $published }。
information-publisher = 由 { $publisher } 发布。

## Problems
refused-pack = 这些内容不能使用，所以显示的是内置的信息：
error-generic = 出了问题。请再试一次。
open-link-failed = 不能打开这个链接。
