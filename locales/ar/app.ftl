# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = المساعدة وحقوقك، بلغتك. يعمل بدون إنترنت.

## Leaving the app at once
quick-exit = اخرج الآن
quick-exit-label = اخرج من Haven الآن. التطبيق يُغلق فوراً.

## Choosing a language
choose-language = اختر لغتك
search-languages = ابحث عن لغة
no-language-found = لم نجد أي لغة.
change-language = اللغة

## Moving around
home = الرئيسية
back = رجوع
topics-heading = ماذا تحتاج؟
more-services = كل الخدمات وأرقام الهاتف

## The emergency card on every screen
emergency-heading = هل أنت في خطر الآن؟
emergency-text = اتصل برقم الطوارئ. المكالمة مجانية.

## The directory of services
directory = بمن تتصل
directory-intro = خدمات يمكن أن تساعدك. اضغط على رقم للاتصال.
filter-all = الكل
kind-emergency = الطوارئ
kind-police = الشرطة
kind-hotline = خطوط المساعدة
kind-shelter = أماكن آمنة
kind-legal = مساعدة قانونية
kind-health = الصحة
kind-support = الدعم
kind-authority = السلطات
call = اتصل
call-from-foreign-phone = من هاتف أجنبي
send-sms = أرسل رسالة SMS
send-email = بريد إلكتروني
open-website = الموقع
free-call = مكالمة مجانية
no-number = لا يوجد رقم هاتف عام.
no-services = لا توجد خدمات في هذه المجموعة.

## Notices on articles
not-translated = لم يُترجم بعد. هذا الجزء معروض باللغة الأصلية.
review-original = كُتب بهذه اللغة من مصادر تم التحقق منها.
review-reviewed = مترجم، وراجعه شخص لغته الأم هي هذه اللغة.
review-machine-assisted = ترجمة بمساعدة الآلة، لم يراجعها بعد شخص لغته الأم هي هذه اللغة.
review-not-translated = لم يُترجم بعد.
sources = المصادر
sources-intro = المعلومات في هذا الموضوع تأتي من هذه الصفحات.

## Settings
settings = الإعدادات
text-size = حجم النص
forget-settings = احذف إعداداتي
forget-settings-explained = يحذف لغتك وحجم النص من هذا الهاتف. لا يحتفظ Haven بأي شيء آخر: لا يوجد سجل لما قرأته.
forget-settings-done = تم حذف إعداداتك.
information-version = نسخة المعلومات { $version }، تم التحقق منها في { $published }.
information-publisher = نشرها { $publisher }.

## Problems
refused-pack = لم يمكن استخدام هذا المحتوى، لذلك تظهر المعلومات المدمجة في التطبيق بدلاً منه:
error-generic = حدث خطأ. من فضلك حاول مرة أخرى.
open-link-failed = لم يمكن فتح هذا الرابط.
