# Haven's interface strings. Translators: keep each message short; it is a button or a label on a
# phone screen. Variables: $version, $published (a date), $publisher.

app-name = Haven
app-tagline = ความช่วยเหลือและสิทธิของคุณ ในภาษาของคุณ ใช้ได้โดยไม่ต้องมีอินเทอร์เน็ต

## Leaving the app at once
quick-exit = ออกทันที
quick-exit-label = ออกจาก Haven ตอนนี้ แอปจะปิดทันที

## Choosing a language
choose-language = เลือกภาษาของคุณ
search-languages = ค้นหาภาษา
no-language-found = ไม่พบภาษา
change-language = ภาษา

## Moving around
home = หน้าแรก
back = กลับ
topics-heading = คุณต้องการอะไร?
more-services = บริการและหมายเลขโทรศัพท์ทั้งหมด

## The emergency card on every screen
emergency-heading = ตกอยู่ในอันตรายตอนนี้?
emergency-text = โทรหมายเลขฉุกเฉิน โทรฟรี

## The directory of services
directory = โทรหาใคร
directory-intro = บริการที่ช่วยคุณได้ แตะที่หมายเลขเพื่อโทร
filter-all = ทั้งหมด
kind-emergency = ฉุกเฉิน
kind-police = ตำรวจ
kind-hotline = สายด่วน
kind-shelter = ที่พักปลอดภัย
kind-legal = ช่วยเรื่องกฎหมาย
kind-health = สุขภาพ
kind-support = การสนับสนุน
kind-authority = หน่วยงานรัฐ
call = โทร
call-from-foreign-phone = จากโทรศัพท์ต่างประเทศ
send-sms = ส่ง SMS
send-email = อีเมล
open-website = เว็บไซต์
free-call = โทรฟรี
no-number = ไม่มีหมายเลขโทรศัพท์ที่เปิดเผย
no-services = ไม่มีบริการในกลุ่มนี้

## Notices on articles
not-translated = ยังไม่ได้แปล ส่วนนี้แสดงเป็นภาษาต้นฉบับ
review-original = เขียนเป็นภาษานี้จากแหล่งที่ตรวจสอบแล้ว
review-reviewed = แปลและตรวจสอบโดยเจ้าของภาษาแล้ว
review-machine-assisted = แปลโดยใช้เครื่องช่วย ยังไม่ได้ตรวจสอบโดยเจ้าของภาษา
review-not-translated = ยังไม่ได้แปล
sources = แหล่งที่มา
sources-intro = ข้อมูลในบทความนี้มาจากเว็บไซต์เหล่านี้

## Settings
settings = การตั้งค่า
text-size = ขนาดตัวอักษร
forget-settings = ลบการตั้งค่าของฉัน
forget-settings-explained = ลบภาษาและขนาดตัวอักษรของคุณออกจากโทรศัพท์เครื่องนี้ Haven ไม่เก็บอย่างอื่นเลย: ไม่มีประวัติว่าคุณอ่านอะไร
forget-settings-done = ลบการตั้งค่าของคุณแล้ว
information-version = ข้อมูลฉบับที่ { $version } ตรวจสอบเมื่อ { $published }
information-publisher = เผยแพร่โดย { $publisher }

## Problems
refused-pack = ใช้เนื้อหานี้ไม่ได้ จึงแสดงข้อมูลที่มีอยู่ในแอปแทน:
error-generic = เกิดข้อผิดพลาด โปรดลองอีกครั้ง
open-link-failed = เปิดลิงก์นี้ไม่ได้
