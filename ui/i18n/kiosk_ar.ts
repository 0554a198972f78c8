<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../views/countries.py" line="85"/>
        <location filename="../views/countries.py" line="109"/>
        <location filename="../controllers/screening.py" line="379"/>
        <source>No countries added</source>
        <translation>لم تُضف أي بلدان</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="91"/>
        <location filename="../views/countries.py" line="110"/>
        <location filename="../controllers/screening.py" line="379"/>
        <source>Day the traveller left</source>
        <translation>يوم مغادرة المسافر</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="95"/>
        <location filename="../views/countries.py" line="111"/>
        <location filename="../controllers/screening.py" line="379"/>
        <source>Add country</source>
        <translation>إضافة البلد</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="112"/>
        <location filename="../views/countries.py" line="120"/>
        <location filename="../controllers/screening.py" line="378"/>
        <source>Search country</source>
        <translation>البحث عن بلد</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="113"/>
        <location filename="../views/countries.py" line="140"/>
        <location filename="../views/countries.py" line="161"/>
        <source>Type the first letters of the country</source>
        <translation>اكتب الأحرف الأولى من اسم البلد</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="160"/>
        <source>No country matches</source>
        <translation>لا يوجد بلد مطابق</translation>
    </message>
    <message>
        <location filename="../views/countries.py" line="211"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="75"/>
        <source>%1 is not a date</source>
        <translation>%1 ليس تاريخًا</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="184"/>
        <location filename="../controllers/screening.py" line="378"/>
        <source>Clear date</source>
        <translation>مسح التاريخ</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="185"/>
        <location filename="../controllers/screening.py" line="378"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="186"/>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="188"/>
        <source>%1 days ago</source>
        <translation>قبل %1 يوم</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="190"/>
        <source>… days ago</source>
        <translation>قبل … يوم</translation>
    </message>
    <message>
        <location filename="../views/datepad.py" line="256"/>
        <source>day / month / year</source>
        <translation>يوم / شهر / سنة</translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="33"/>
        <location filename="../views/follow_up_contact.py" line="40"/>
        <location filename="../views/follow_up_contact.py" line="47"/>
        <source>Follow-up contact (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="34"/>
        <source>Only if the traveller agrees: used by the health authority to follow up until the end date, for nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="39"/>
        <location filename="../views/follow_up_contact.py" line="40"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="46"/>
        <location filename="../views/follow_up_contact.py" line="47"/>
        <source>Address during the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/follow_up_contact.py" line="52"/>
        <source>The traveller agrees to be contacted for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="42"/>
        <source>Delete the last digit</source>
        <translation>حذف آخر رقم</translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="44"/>
        <source>Decimal point</source>
        <translation>الفاصلة العشرية</translation>
    </message>
    <message>
        <location filename="../window.py" line="51"/>
        <source>Something went wrong</source>
        <translation>حدثت مشكلة</translation>
    </message>
    <message>
        <location filename="../window.py" line="52"/>
        <source>The answers given so far are saved. Go back to the home screen and resume the screening; if this happens again, tell the supervisor.</source>
        <translation>الإجابات المقدَّمة حتى الآن محفوظة. عُد إلى الشاشة الرئيسية واستأنف الفحص؛ وإذا تكرر ذلك فأبلغ المشرف.</translation>
    </message>
    <message>
        <location filename="../window.py" line="56"/>
        <source>Back to the home screen</source>
        <translation>العودة إلى الشاشة الرئيسية</translation>
    </message>
    <message>
        <location filename="../window.py" line="70"/>
        <source>This kiosk cannot start</source>
        <translation>تعذّر تشغيل هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../window.py" line="71"/>
        <source>Nothing has been changed. Tell the supervisor or the technician; they can restore the latest backup.</source>
        <translation>لم يُغيَّر أي شيء. أبلغ المشرف أو الفني؛ يمكنهما استعادة آخر نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../window.py" line="93"/>
        <source>Health screening</source>
        <translation>الفحص الصحي</translation>
    </message>
    <message>
        <location filename="../window.py" line="143"/>
        <source>Starting…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <location filename="../window.py" line="154"/>
        <source>Health screening — %1</source>
        <translation>الفحص الصحي — %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="290"/>
        <source>Enter your officer id and PIN.</source>
        <translation>أدخل معرّف الموظف والرقم السري.</translation>
    </message>
    <message>
        <location filename="../window.py" line="312"/>
        <source>Officer id or PIN is wrong, or this officer is locked after too many wrong PINs. Try again later, or ask a supervisor to lift the lock.</source>
        <translation>معرّف الموظف أو الرقم السري غير صحيح، أو أن هذا الموظف محظور بعد محاولات خاطئة كثيرة. حاول لاحقًا، أو اطلب من المشرف رفع الحظر.</translation>
    </message>
    <message>
        <location filename="../window.py" line="315"/>
        <source>Sign-in failed; try again.</source>
        <translation>فشل تسجيل الدخول؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../window.py" line="322"/>
        <location filename="../controllers/officers.py" line="85"/>
        <location filename="../controllers/officers.py" line="102"/>
        <source>The two PINs differ.</source>
        <translation>الرقمان السريان مختلفان.</translation>
    </message>
    <message>
        <location filename="../window.py" line="346"/>
        <source>Signed out after a period without activity.</source>
        <translation>تم تسجيل الخروج بعد فترة دون نشاط.</translation>
    </message>
    <message>
        <location filename="../window.py" line="368"/>
        <location filename="../window.py" line="534"/>
        <source>End the exercise</source>
        <translation>إنهاء التمرين</translation>
    </message>
    <message>
        <location filename="../window.py" line="368"/>
        <location filename="../window.py" line="528"/>
        <source>Start an exercise</source>
        <translation>بدء تمرين</translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="396"/>
        <source>Waiting for secondary screening: %n</source>
        <translation><numerusform>بانتظار الفحص الثانوي: %n</numerusform><numerusform>بانتظار الفحص الثانوي: %n</numerusform><numerusform>بانتظار الفحص الثانوي: %n</numerusform><numerusform>بانتظار الفحص الثانوي: %n</numerusform><numerusform>بانتظار الفحص الثانوي: %n</numerusform><numerusform>بانتظار الفحص الثانوي: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="402"/>
        <source>An unfinished screening from %1 (%n answer(s)) can be resumed.</source>
        <translation><numerusform>يمكن استئناف فحص غير مكتمل من %1 (عدد الإجابات: %n).</numerusform><numerusform>يمكن استئناف فحص غير مكتمل من %1 (عدد الإجابات: %n).</numerusform><numerusform>يمكن استئناف فحص غير مكتمل من %1 (عدد الإجابات: %n).</numerusform><numerusform>يمكن استئناف فحص غير مكتمل من %1 (عدد الإجابات: %n).</numerusform><numerusform>يمكن استئناف فحص غير مكتمل من %1 (عدد الإجابات: %n).</numerusform><numerusform>يمكن استئناف فحص غير مكتمل من %1 (عدد الإجابات: %n).</numerusform></translation>
    </message>
    <message>
        <location filename="../window.py" line="442"/>
        <source>Send the refused alerts again?</source>
        <translation>إعادة إرسال التنبيهات المرفوضة؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="443"/>
        <source>%n alert(s) refused by the broker will be queued again. Do this only once the cause is fixed (for example the site broker&apos;s access list): otherwise the broker refuses them again.</source>
        <translation><numerusform>ستعود التنبيهات التي رفضها الوسيط إلى قائمة الانتظار (العدد: %n). لا تفعل ذلك إلا بعد إصلاح السبب (مثل قائمة الوصول في وسيط الموقع): وإلا فسيرفضها الوسيط مرة أخرى.</numerusform><numerusform>ستعود التنبيهات التي رفضها الوسيط إلى قائمة الانتظار (العدد: %n). لا تفعل ذلك إلا بعد إصلاح السبب (مثل قائمة الوصول في وسيط الموقع): وإلا فسيرفضها الوسيط مرة أخرى.</numerusform><numerusform>ستعود التنبيهات التي رفضها الوسيط إلى قائمة الانتظار (العدد: %n). لا تفعل ذلك إلا بعد إصلاح السبب (مثل قائمة الوصول في وسيط الموقع): وإلا فسيرفضها الوسيط مرة أخرى.</numerusform><numerusform>ستعود التنبيهات التي رفضها الوسيط إلى قائمة الانتظار (العدد: %n). لا تفعل ذلك إلا بعد إصلاح السبب (مثل قائمة الوصول في وسيط الموقع): وإلا فسيرفضها الوسيط مرة أخرى.</numerusform><numerusform>ستعود التنبيهات التي رفضها الوسيط إلى قائمة الانتظار (العدد: %n). لا تفعل ذلك إلا بعد إصلاح السبب (مثل قائمة الوصول في وسيط الموقع): وإلا فسيرفضها الوسيط مرة أخرى.</numerusform><numerusform>ستعود التنبيهات التي رفضها الوسيط إلى قائمة الانتظار (العدد: %n). لا تفعل ذلك إلا بعد إصلاح السبب (مثل قائمة الوصول في وسيط الموقع): وإلا فسيرفضها الوسيط مرة أخرى.</numerusform></translation>
    </message>
    <message>
        <location filename="../window.py" line="446"/>
        <source>Send again</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <location filename="../window.py" line="446"/>
        <location filename="../window.py" line="534"/>
        <location filename="../window.py" line="571"/>
        <location filename="../controllers/officers.py" line="133"/>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message numerus="yes">
        <location filename="../window.py" line="456"/>
        <source>%n refused alert(s) queued again.</source>
        <translation><numerusform>أُعيدت التنبيهات المرفوضة إلى قائمة الانتظار: %n</numerusform><numerusform>أُعيدت التنبيهات المرفوضة إلى قائمة الانتظار: %n</numerusform><numerusform>أُعيدت التنبيهات المرفوضة إلى قائمة الانتظار: %n</numerusform><numerusform>أُعيدت التنبيهات المرفوضة إلى قائمة الانتظار: %n</numerusform><numerusform>أُعيدت التنبيهات المرفوضة إلى قائمة الانتظار: %n</numerusform><numerusform>أُعيدت التنبيهات المرفوضة إلى قائمة الانتظار: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../window.py" line="457"/>
        <source>No refused alert to send again.</source>
        <translation>لا توجد تنبيهات مرفوضة لإعادة إرسالها.</translation>
    </message>
    <message>
        <location filename="../window.py" line="479"/>
        <source>Referral slip %1 not printed: it is shown on screen. Print it later from Today&apos;s screenings.</source>
        <translation>لم تُطبع استمارة الإحالة %1: إنها معروضة على الشاشة. اطبعها لاحقًا من فحوص اليوم.</translation>
    </message>
    <message>
        <location filename="../window.py" line="483"/>
        <source>Referral slip %1: %2</source>
        <translation>استمارة الإحالة %1: %2</translation>
    </message>
    <message>
        <location filename="../window.py" line="512"/>
        <source>EXERCISE “%1” (%2) — training only: alerts go to the exercise channel and slips say they are not real</source>
        <translation>تمرين “%1” (%2) — للتدريب فقط: تذهب التنبيهات إلى قناة التمرين وتذكر الاستمارات أنها ليست حقيقية</translation>
    </message>
    <message>
        <location filename="../window.py" line="515"/>
        <source>TRAINING KIOSK — exercise mode: nothing screened here is real</source>
        <translation>جهاز تدريب — وضع التمرين: لا شيء مما يُفحص هنا حقيقي</translation>
    </message>
    <message>
        <location filename="../window.py" line="517"/>
        <source>TEST MODE — nothing screened here is real</source>
        <translation>وضع الاختبار — لا شيء مما يُفحص هنا حقيقي</translation>
    </message>
    <message>
        <location filename="../window.py" line="529"/>
        <source>Name of the exercise (what the trainees will see):</source>
        <translation>اسم التمرين (ما سيراه المتدربون):</translation>
    </message>
    <message>
        <location filename="../window.py" line="533"/>
        <source>End the exercise?</source>
        <translation>إنهاء التمرين؟</translation>
    </message>
    <message>
        <location filename="../window.py" line="534"/>
        <source>Screenings on this kiosk will be real again.</source>
        <translation>ستعود الفحوص على هذا الجهاز حقيقية.</translation>
    </message>
    <message>
        <location filename="../window.py" line="540"/>
        <location filename="../controllers/exercise.py" line="94"/>
        <source>Exercise “%1” started.</source>
        <translation>بدأ التمرين “%1”.</translation>
    </message>
    <message>
        <location filename="../window.py" line="541"/>
        <location filename="../controllers/exercise.py" line="93"/>
        <source>The exercise has ended: screenings are real again.</source>
        <translation>انتهى التمرين: عادت الفحوص حقيقية.</translation>
    </message>
    <message>
        <location filename="../window.py" line="546"/>
        <location filename="../window.py" line="593"/>
        <location filename="../window.py" line="607"/>
        <location filename="../controllers/officers.py" line="167"/>
        <source>Internal error: %1</source>
        <translation>خطأ داخلي: %1</translation>
    </message>
    <message>
        <location filename="../window.py" line="570"/>
        <source>Discard this screening?</source>
        <translation>إلغاء هذا الفحص؟</translation>
    </message>
    <message>
        <location filename="../window.py" line="571"/>
        <source>The unfinished answers will be marked abandoned.</source>
        <translation>ستُعلَّم الإجابات غير المكتملة على أنها متروكة.</translation>
    </message>
    <message>
        <location filename="../window.py" line="571"/>
        <source>Discard</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../answers.py" line="37"/>
        <source>Please answer this question.</source>
        <translation>يُرجى الإجابة عن هذا السؤال.</translation>
    </message>
    <message>
        <location filename="../answers.py" line="41"/>
        <source>%1 is in the future.</source>
        <translation>%1 في المستقبل.</translation>
    </message>
    <message>
        <location filename="../answers.py" line="43"/>
        <source>%1 is too long ago.</source>
        <translation>%1 بعيد جدًا في الماضي.</translation>
    </message>
    <message>
        <location filename="../answers.py" line="51"/>
        <source>%1 is not a body temperature (%2 to %3 °C).</source>
        <translation>%1 ليست درجة حرارة جسم (من %2 إلى %3 °C).</translation>
    </message>
    <message>
        <location filename="../answers.py" line="54"/>
        <source>%1 is not an age (0 to %2 years).</source>
        <translation>%1 ليس عمرًا (من 0 إلى %2 سنة).</translation>
    </message>
    <message>
        <location filename="../answers.py" line="55"/>
        <source>%1 is outside %2 to %3 %4.</source>
        <translation>%1 خارج النطاق من %2 إلى %3 %4.</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="46"/>
        <source>Looking for a speech engine…</source>
        <translation>جارٍ البحث عن محرك نطق…</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="126"/>
        <source>No speech engine on this kiosk: questions cannot be read aloud.</source>
        <translation>لا يوجد محرك نطق في هذا الجهاز: لا يمكن قراءة الأسئلة بصوت عالٍ.</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="143"/>
        <source>No voice for %1 on this kiosk: questions cannot be read aloud in it.</source>
        <translation>لا يوجد صوت بلغة %1 في هذا الجهاز: لا يمكن قراءة الأسئلة بصوت عالٍ بها.</translation>
    </message>
    <message>
        <location filename="../controllers/accessibility.py" line="154"/>
        <source>Read the traveller&apos;s questions aloud in their language</source>
        <translation>قراءة أسئلة المسافر بصوت عالٍ بلغته</translation>
    </message>
    <message>
        <location filename="../controllers/exercise.py" line="81"/>
        <source>Exercise “%1” started by the trainer: it begins with the next traveller. This traveller is screened as before.</source>
        <translation>بدأ المدرّب التمرين «%1»: يبدأ مع المسافر التالي. يُفحص هذا المسافر كما من قبل.</translation>
    </message>
    <message>
        <location filename="../controllers/exercise.py" line="84"/>
        <source>The trainer ended the exercise: screening is real again from the next traveller. This traveller stays an exercise traveller.</source>
        <translation>أنهى المدرّب التمرين: يعود الفحص حقيقيًا بدءًا من المسافر التالي. يبقى هذا المسافر مسافر تمرين.</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="24"/>
        <source>no alert</source>
        <translation>لا تنبيه</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="25"/>
        <source>queued on this kiosk</source>
        <translation>في قائمة الانتظار على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="26"/>
        <source>at the broker</source>
        <translation>لدى الوسيط</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="27"/>
        <source>acknowledged by the hub</source>
        <translation>أكّد المركز استلامه</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="28"/>
        <source>refused (see home)</source>
        <translation>مرفوض (انظر الشاشة الرئيسية)</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="35"/>
        <source>not printed</source>
        <translation>لم تُطبع</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="36"/>
        <source>printing…</source>
        <translation>جارٍ الطبع…</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="37"/>
        <source>printed</source>
        <translation>طُبعت</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="38"/>
        <source>saved as PDF</source>
        <translation>حُفظت بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="39"/>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="91"/>
        <source>The history could not be read: %1</source>
        <translation>تعذّرت قراءة السجل: %1</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="109"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../controllers/history.py" line="109"/>
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="67"/>
        <source>Select an officer in the list</source>
        <translation>اختر موظفًا من القائمة</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="72"/>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="72"/>
        <location filename="../controllers/officers.py" line="133"/>
        <source>Deactivate</source>
        <translation>إلغاء التفعيل</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="82"/>
        <source>Choose the officer&apos;s role.</source>
        <translation>اختر دور الموظف.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="91"/>
        <source>%1 (%2) added: they can sign in now.</source>
        <translation>أُضيف %1 (%2): يمكنه تسجيل الدخول الآن.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="108"/>
        <source>New PIN set for %1; any lock is lifted.</source>
        <translation>تم تعيين رقم سري جديد لـ %1؛ ورُفع أي حظر.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="120"/>
        <source>%1 can sign in again: the lock is lifted.</source>
        <translation>يمكن لـ %1 تسجيل الدخول مجددًا: رُفع الحظر.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="131"/>
        <source>Deactivate this officer?</source>
        <translation>إلغاء تفعيل هذا الموظف؟</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="132"/>
        <source>%1 will no longer be able to sign in. Their screenings stay in the records.</source>
        <translation>لن يتمكن %1 من تسجيل الدخول بعد الآن. تبقى فحوصه في السجلات.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="135"/>
        <source>%1 can sign in again.</source>
        <translation>يمكن لـ %1 تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="135"/>
        <source>%1 can no longer sign in.</source>
        <translation>لم يعد بإمكان %1 تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="181"/>
        <source>Screener</source>
        <translation>موظف الفحص</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="181"/>
        <source>Health officer</source>
        <translation>الموظف الصحي</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="181"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="182"/>
        <source>Trainer</source>
        <translation>المدرّب</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="182"/>
        <source>Administrator</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="190"/>
        <source>deactivated</source>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <location filename="../controllers/officers.py" line="192"/>
        <source>locked until %1</source>
        <translation>محظور حتى %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="102"/>
        <source>Scan an image file…</source>
        <translation>قراءة ملف صورة…</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="102"/>
        <source>Remove scan</source>
        <translation>إزالة القراءة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="103"/>
        <location filename="../controllers/scanning.py" line="346"/>
        <source>Nothing scanned yet.</source>
        <translation>لم تُقرأ أي وثيقة بعد.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="169"/>
        <source>Hold the document to the camera or the desk scanner.</source>
        <translation>قرّب الوثيقة من الكاميرا أو من الماسح المكتبي.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="171"/>
        <source>No camera attached: use the desk scanner or scan an image file.</source>
        <translation>لا توجد كاميرا موصولة: استخدم الماسح المكتبي أو اقرأ ملف صورة.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="173"/>
        <source>Camera on: hold the document up to it, or use the desk scanner.</source>
        <translation>الكاميرا تعمل: قرّب الوثيقة منها، أو استخدم الماسح المكتبي.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="174"/>
        <source>Camera problem (%1): use the desk scanner or an image file.</source>
        <translation>مشكلة في الكاميرا (%1): استخدم الماسح المكتبي أو ملف صورة.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="228"/>
        <source>Image of a document</source>
        <translation>صورة وثيقة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="233"/>
        <source>Reading the image…</source>
        <translation>جارٍ قراءة الصورة…</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="241"/>
        <source>No barcode or QR code was found in this image (read an MRZ with the desk scanner).</source>
        <translation>لم يُعثر على رمز شريطي أو رمز QR في هذه الصورة (اقرأ منطقة MRZ بالماسح المكتبي).</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="251"/>
        <source>The scan could not be read.</source>
        <translation>تعذّرت قراءة المسح.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="256"/>
        <source>Nothing read</source>
        <translation>لم يُقرأ شيء</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="275"/>
        <source>This page does not take this document: scan it where it is asked for.</source>
        <translation>هذه الصفحة لا تقبل هذه الوثيقة: امسحها حيث تُطلب.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="289"/>
        <source>Not a recognised document</source>
        <translation>وثيقة غير معروفة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="292"/>
        <source>all check digits valid</source>
        <translation>جميع أرقام التحقق صحيحة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="293"/>
        <source>signature verified, all checks passed</source>
        <translation>التوقيع موثَّق، ونجحت جميع عمليات التحقق</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="293"/>
        <source>all checks passed</source>
        <translation>نجحت جميع عمليات التحقق</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="296"/>
        <source>Treated as not shown: nothing was filled from this document.</source>
        <translation>تُعامل كأنها لم تُقدَّم: لم يُملأ شيء من هذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="297"/>
        <source>A paper certificate can be recorded in secondary screening.</source>
        <translation>يمكن تسجيل شهادة ورقية في الفحص الثانوي.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="298"/>
        <source>not verified: %1</source>
        <translation>غير موثَّق: %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="300"/>
        <source>unreadable</source>
        <translation>غير مقروء</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="301"/>
        <location filename="../controllers/scanning.py" line="333"/>
        <source>Nothing was filled from this document.</source>
        <translation>لم يُملأ شيء من هذه الوثيقة.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="302"/>
        <source>check failed: %1</source>
        <translation>فشل التحقق: %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="307"/>
        <source>The document expired on %1.</source>
        <translation>انتهت صلاحية الوثيقة في %1.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="311"/>
        <source>leg %1 date inferred: %2 (day %3 of the year)</source>
        <translation>تاريخ المرحلة %1 مستنتج: %2 (اليوم %3 من السنة)</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="326"/>
        <source>The document holds nothing this screening records.</source>
        <translation>لا تحتوي الوثيقة على شيء يسجله هذا الفحص.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="328"/>
        <source>The earlier scan is kept.</source>
        <translation>تم الإبقاء على المسح السابق.</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="353"/>
        <source>Filled: %1</source>
        <translation>مُلئ: %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="356"/>
        <source>Kept what was typed: %1</source>
        <translation>أُبقي ما كُتب: %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="370"/>
        <source>itinerary: %1</source>
        <translation>خط السير: %1</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="371"/>
        <source>%1 (left %2)</source>
        <translation>%1 (المغادرة %2)</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="398"/>
        <source>no trust list on this kiosk</source>
        <translation>لا توجد قائمة ثقة على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="399"/>
        <source>the signer is not on the trust list</source>
        <translation>الموقِّع ليس في قائمة الثقة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="400"/>
        <source>the issuer&apos;s keys are not pinned to the issuer</source>
        <translation>مفاتيح الجهة المُصدِرة غير مربوطة بها</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="406"/>
        <source>Passport MRZ</source>
        <translation>منطقة MRZ لجواز السفر</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="406"/>
        <source>Visa MRZ</source>
        <translation>منطقة MRZ للتأشيرة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="406"/>
        <source>Identity card MRZ</source>
        <translation>منطقة MRZ لبطاقة الهوية</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="407"/>
        <source>Boarding pass</source>
        <translation>بطاقة الصعود</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="407"/>
        <source>EU digital COVID certificate</source>
        <translation>شهادة كوفيد الرقمية الأوروبية</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="408"/>
        <source>WHO vaccination certificate</source>
        <translation>شهادة تطعيم منظمة الصحة العالمية</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="408"/>
        <source>SMART Health Card</source>
        <translation>SMART Health Card</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="409"/>
        <source>Referral slip</source>
        <translation>استمارة الإحالة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>surname</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>given names</source>
        <translation>الاسم الشخصي</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="414"/>
        <source>sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="415"/>
        <source>nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="415"/>
        <source>document type</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="416"/>
        <source>document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="416"/>
        <source>issued by</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="416"/>
        <source>arrived by</source>
        <translation>وسيلة الوصول</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>carrier</source>
        <translation>الناقل</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>flight</source>
        <translation>الرحلة</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>seat</source>
        <translation>المقعد</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="417"/>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="418"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="424"/>
        <source>Yellow fever</source>
        <translation>الحمى الصفراء</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="424"/>
        <source>Polio</source>
        <translation>شلل الأطفال</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="424"/>
        <source>COVID-19</source>
        <translation>كوفيد-19</translation>
    </message>
    <message>
        <location filename="../controllers/scanning.py" line="425"/>
        <source>Measles</source>
        <translation>الحصبة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="47"/>
        <source>Suspected case</source>
        <translation>حالة مشتبه بها</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="47"/>
        <source>At risk (travel)</source>
        <translation>معرض للخطر (السفر)</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="47"/>
        <source>Contact of a case</source>
        <translation>مخالط لحالة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="48"/>
        <source>No valid certificate</source>
        <translation>لا توجد شهادة سارية</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="48"/>
        <source>Fever without a known cause</source>
        <translation>حمى دون سبب معروف</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>High risk</source>
        <translation>خطر مرتفع</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>Some risk</source>
        <translation>خطر متوسط</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>Low risk</source>
        <translation>خطر منخفض</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="55"/>
        <source>No known risk</source>
        <translation>لا خطر معروف</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="56"/>
        <source>Risk not known</source>
        <translation>الخطر غير معروف</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Extreme</source>
        <translation>قصوى</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Severe</source>
        <translation>شديدة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Moderate</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="62"/>
        <source>Minor</source>
        <translation>طفيفة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="63"/>
        <source>Severity unknown</source>
        <translation>الشدة غير معروفة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="69"/>
        <source>Clear</source>
        <translation>لا حاجة لإجراء</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="69"/>
        <source>Advise</source>
        <translation>تقديم المشورة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="69"/>
        <source>Monitor</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="70"/>
        <source>Vaccinate</source>
        <translation>التطعيم</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="70"/>
        <source>Refer</source>
        <translation>الإحالة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="70"/>
        <source>Isolate</source>
        <translation>العزل</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="533"/>
        <source>Not enough answers yet</source>
        <translation>لا توجد إجابات كافية بعد</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="537"/>
        <source>Recommended so far: %1</source>
        <translation>الموصى به حتى الآن: %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="538"/>
        <source>No flags</source>
        <translation>لا تنبيهات</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="556"/>
        <source>Follow up until %1</source>
        <translation>المتابعة حتى %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="585"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="588"/>
        <source>Affected areas</source>
        <translation>المناطق المتأثرة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="592"/>
        <source>%1 certificate: %2</source>
        <translation>شهادة %1: %2</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="595"/>
        <source>Certificate needed when coming from</source>
        <translation>الشهادة مطلوبة للقادمين من</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="614"/>
        <source>was in %1</source>
        <translation>كان في %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="621"/>
        <source>Primary screening: %1</source>
        <translation>الفحص الأولي: %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="621"/>
        <source>no answers</source>
        <translation>لا إجابات</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="634"/>
        <location filename="../controllers/screening.py" line="753"/>
        <source>Clear traveller ✓</source>
        <translation>المسافر لا يحتاج إلى إجراء ✓</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="636"/>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="638"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="655"/>
        <source>Some answers are missing.</source>
        <translation>بعض الإجابات ناقصة.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="655"/>
        <source>Some answers need correcting.</source>
        <translation>بعض الإجابات تحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="669"/>
        <source>Leave this screening?</source>
        <translation>مغادرة هذا الفحص؟</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="670"/>
        <source>The answers are kept: the screening can be resumed from the home screen.</source>
        <translation>الإجابات محفوظة: يمكن استئناف الفحص من الشاشة الرئيسية.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="671"/>
        <source>Leave</source>
        <translation>مغادرة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="671"/>
        <source>Stay</source>
        <translation>البقاء</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="708"/>
        <source>%1 min ago</source>
        <translation>قبل %1 دقيقة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="710"/>
        <source>%1 h ago</source>
        <translation>قبل %1 ساعة</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="712"/>
        <source>%1 d ago</source>
        <translation>قبل %1 يوم</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="719"/>
        <source>This document was screened at this kiosk %1 (%2): %3</source>
        <translation>فُحصت هذه الوثيقة على هذا الجهاز %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="731"/>
        <source>%1 — waiting %2 min (since %3)</source>
        <translation>%1 — في الانتظار منذ %2 دقيقة (منذ %3)</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="738"/>
        <source>The record is incomplete.</source>
        <translation>السجل غير مكتمل.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="743"/>
        <source>Recommended: %1</source>
        <translation>الموصى به: %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="744"/>
        <source>No protocol raised a flag.</source>
        <translation>لم يُصدر أي بروتوكول تنبيهًا.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="752"/>
        <source>Confirm: %1</source>
        <translation>تأكيد: %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="761"/>
        <source>A health officer decides on this traveller: send them to secondary screening.</source>
        <translation>يقرر موظف صحي بشأن هذا المسافر: أرسله إلى الفحص الثانوي.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="771"/>
        <source>Choose the disposition first.</source>
        <translation>اختر الإجراء أولًا.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="774"/>
        <source>A reason is required to change the recommendation.</source>
        <translation>يلزم ذكر سبب لتغيير التوصية.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="778"/>
        <source>Set aside the recommendation?</source>
        <translation>تجاوز التوصية؟</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="779"/>
        <source>%1 sets aside: %2.
Reason: %3</source>
        <translation>%1 يتجاوز: %2.
السبب: %3</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="781"/>
        <source>Set aside</source>
        <translation>تجاوز</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="781"/>
        <source>Go back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="782"/>
        <source>Not recorded: the recommendation stands until you confirm.</source>
        <translation>لم يُسجَّل: تبقى التوصية قائمة حتى تؤكد.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="802"/>
        <source>Recorded: %1</source>
        <translation>سُجِّل: %1</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="817"/>
        <source>Sent to secondary screening</source>
        <translation>أُرسل إلى الفحص الثانوي</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="828"/>
        <source>The decision could not be saved; the answers are kept. Try again.</source>
        <translation>تعذّر حفظ القرار؛ الإجابات محفوظة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../controllers/screening.py" line="844"/>
        <source>Not recorded: the age (%1 years) and the birth date (%2, so %3 years at arrival) contradict each other. Correct the age or the birth date.</source>
        <translation>لم يُسجَّل: العمر (%1 سنة) وتاريخ الميلاد (%2، أي %3 سنة عند الوصول) متناقضان. صحّح العمر أو تاريخ الميلاد.</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../views/screening.py" line="403"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="428"/>
        <source>Confirm the recommendation</source>
        <translation>تأكيد التوصية</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="431"/>
        <source>Send to secondary screening</source>
        <translation>إرسال إلى الفحص الثانوي</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="438"/>
        <source>Or choose another disposition:</source>
        <translation>أو اختر إجراءً آخر:</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="449"/>
        <source>Reason for changing the recommendation (required):</source>
        <translation>سبب تغيير التوصية (مطلوب):</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="452"/>
        <source>Reason for changing the recommendation</source>
        <translation>سبب تغيير التوصية</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="454"/>
        <source>Record this decision</source>
        <translation>تسجيل هذا القرار</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="461"/>
        <source>Back to the questions</source>
        <translation>العودة إلى الأسئلة</translation>
    </message>
</context>
<context>
    <name>DeliveryCard</name>
    <message>
        <location filename="../views/home.py" line="59"/>
        <source>Alerts to the surveillance hub</source>
        <translation>التنبيهات إلى مركز الترصد</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="73"/>
        <location filename="../views/home.py" line="85"/>
        <source>Refused alerts</source>
        <translation>التنبيهات المرفوضة</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="75"/>
        <source>Send again</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="96"/>
        <source>Not connected: no hub configured — %n queued</source>
        <translation><numerusform>غير متصل: لم يُضبط أي مركز — في الانتظار: %n</numerusform><numerusform>غير متصل: لم يُضبط أي مركز — في الانتظار: %n</numerusform><numerusform>غير متصل: لم يُضبط أي مركز — في الانتظار: %n</numerusform><numerusform>غير متصل: لم يُضبط أي مركز — في الانتظار: %n</numerusform><numerusform>غير متصل: لم يُضبط أي مركز — في الانتظار: %n</numerusform><numerusform>غير متصل: لم يُضبط أي مركز — في الانتظار: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="98"/>
        <source>Online — %n not yet acknowledged by the hub</source>
        <translation><numerusform>متصل — لم يؤكد المركز استلامها بعد: %n</numerusform><numerusform>متصل — لم يؤكد المركز استلامها بعد: %n</numerusform><numerusform>متصل — لم يؤكد المركز استلامها بعد: %n</numerusform><numerusform>متصل — لم يؤكد المركز استلامها بعد: %n</numerusform><numerusform>متصل — لم يؤكد المركز استلامها بعد: %n</numerusform><numerusform>متصل — لم يؤكد المركز استلامها بعد: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="100"/>
        <source>Offline — %n queued</source>
        <translation><numerusform>غير متصل — في الانتظار: %n</numerusform><numerusform>غير متصل — في الانتظار: %n</numerusform><numerusform>غير متصل — في الانتظار: %n</numerusform><numerusform>غير متصل — في الانتظار: %n</numerusform><numerusform>غير متصل — في الانتظار: %n</numerusform><numerusform>غير متصل — في الانتظار: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../views/home.py" line="104"/>
        <source>Waiting on this kiosk: %1 · at the broker: %2 · acknowledged: %3 · refused: %4</source>
        <translation>في الانتظار على هذا الجهاز: %1 · لدى الوسيط: %2 · مؤكَّدة: %3 · مرفوضة: %4</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="108"/>
        <source>Last acknowledgement from the hub: %1</source>
        <translation>آخر تأكيد من المركز: %1</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="109"/>
        <source>No acknowledgement from the hub yet</source>
        <translation>لا يوجد تأكيد من المركز بعد</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="111"/>
        <source>Situation in force: %1</source>
        <translation>الوضع الساري: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="114"/>
        <source>Refused alerts: %n</source>
        <translation><numerusform>التنبيهات المرفوضة: %n</numerusform><numerusform>التنبيهات المرفوضة: %n</numerusform><numerusform>التنبيهات المرفوضة: %n</numerusform><numerusform>التنبيهات المرفوضة: %n</numerusform><numerusform>التنبيهات المرفوضة: %n</numerusform><numerusform>التنبيهات المرفوضة: %n</numerusform></translation>
    </message>
    <message>
        <location filename="../views/home.py" line="126"/>
        <source>EXERCISE alerts, not real (not in the counts above): waiting %1 · at the broker %2 · acknowledged %3 · refused %4</source>
        <translation>تنبيهات التمرين، غير حقيقية (خارج الأعداد أعلاه): في الانتظار %1 · لدى الوسيط %2 · مؤكَّدة %3 · مرفوضة %4</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../views/screening.py" line="183"/>
        <source>Live flags</source>
        <translation>التنبيهات الحالية</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="204"/>
        <source>Situation in force</source>
        <translation>الوضع الساري</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../views/history.py" line="28"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="28"/>
        <location filename="../views/history.py" line="36"/>
        <source>Today&apos;s screenings</source>
        <translation>فحوص اليوم</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="30"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Traveller</source>
        <translation>المسافر</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="38"/>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="39"/>
        <source>Alert to the hub</source>
        <translation>التنبيه إلى المركز</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="39"/>
        <source>Referral slip</source>
        <translation>استمارة الإحالة</translation>
    </message>
    <message>
        <location filename="../views/history.py" line="71"/>
        <source>No screening completed today on this kiosk.</source>
        <translation>لم يكتمل أي فحص اليوم على هذا الجهاز.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/history.py" line="72"/>
        <source>%n screening(s) completed today on this kiosk.</source>
        <translation><numerusform>الفحوص المكتملة اليوم على هذا الجهاز: %n</numerusform><numerusform>الفحوص المكتملة اليوم على هذا الجهاز: %n</numerusform><numerusform>الفحوص المكتملة اليوم على هذا الجهاز: %n</numerusform><numerusform>الفحوص المكتملة اليوم على هذا الجهاز: %n</numerusform><numerusform>الفحوص المكتملة اليوم على هذا الجهاز: %n</numerusform><numerusform>الفحوص المكتملة اليوم على هذا الجهاز: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../views/home.py" line="166"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="167"/>
        <source>Discard</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="177"/>
        <source>Start screening</source>
        <translation>بدء الفحص</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="182"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="186"/>
        <source>Screened</source>
        <translation>تم فحصهم</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="186"/>
        <source>Flagged</source>
        <translation>مع تنبيه</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="187"/>
        <source>Referred</source>
        <translation>أُحيلوا</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="187"/>
        <source>Isolated</source>
        <translation>عُزلوا</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="197"/>
        <source>Today&apos;s screenings, alerts and slips</source>
        <translation>فحوص اليوم وتنبيهاته واستماراته</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="199"/>
        <source>Officers</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="201"/>
        <source>Start an exercise</source>
        <translation>بدء تمرين</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="210"/>
        <location filename="../views/home.py" line="214"/>
        <source>Waiting for secondary screening</source>
        <translation>بانتظار الفحص الثانوي</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="217"/>
        <source>Take next traveller</source>
        <translation>استقبال المسافر التالي</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="220"/>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="221"/>
        <source>Read questions aloud</source>
        <translation>قراءة الأسئلة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="584"/>
        <source>years</source>
        <translation>سنوات</translation>
    </message>
    <message>
        <location filename="../views/widgets.py" line="585"/>
        <source>months</source>
        <translation>أشهر</translation>
    </message>
</context>
<context>
    <name>OfficersView</name>
    <message>
        <location filename="../views/officers.py" line="56"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="56"/>
        <location filename="../views/officers.py" line="66"/>
        <source>Officers of this kiosk</source>
        <translation>موظفو هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="93"/>
        <source>Add an officer</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="94"/>
        <source>Officer id</source>
        <translation>معرّف الموظف</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="97"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="98"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>الرقم السري (من 4 إلى 12 رقمًا)</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="99"/>
        <source>PIN again</source>
        <translation>الرقم السري مرة أخرى</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="101"/>
        <location filename="../views/officers.py" line="138"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="107"/>
        <source>Add officer</source>
        <translation>إضافة الموظف</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="114"/>
        <source>Select an officer in the list</source>
        <translation>اختر موظفًا من القائمة</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="116"/>
        <source>New PIN</source>
        <translation>رقم سري جديد</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="117"/>
        <source>New PIN again</source>
        <translation>الرقم السري الجديد مرة أخرى</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="120"/>
        <source>Set new PIN</source>
        <translation>تعيين رقم سري جديد</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="121"/>
        <source>Deactivate</source>
        <translation>إلغاء التفعيل</translation>
    </message>
    <message>
        <location filename="../views/officers.py" line="122"/>
        <source>Lift the lock</source>
        <translation>رفع الحظر</translation>
    </message>
</context>
<context>
    <name>ScreeningView</name>
    <message>
        <location filename="../views/screening.py" line="262"/>
        <source>Traveller language:</source>
        <translation>لغة المسافر:</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="272"/>
        <source>Read aloud</source>
        <translation>قراءة بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="275"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="312"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../views/screening.py" line="315"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <location filename="../views/signin.py" line="31"/>
        <location filename="../views/signin.py" line="55"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="37"/>
        <location filename="../views/signin.py" line="42"/>
        <location filename="../views/signin.py" line="83"/>
        <source>Officer id</source>
        <translation>معرّف الموظف</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="44"/>
        <location filename="../views/signin.py" line="48"/>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="61"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="78"/>
        <source>Welcome: create the administrator</source>
        <translation>مرحبًا: أنشئ حساب المسؤول</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="79"/>
        <source>No officer exists on this kiosk yet. The administrator adds the other officers after signing in.</source>
        <translation>لا يوجد أي موظف على هذا الجهاز بعد. يضيف المسؤول الموظفين الآخرين بعد تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="86"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="89"/>
        <source>PIN (4 to 12 digits)</source>
        <translation>الرقم السري (من 4 إلى 12 رقمًا)</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="92"/>
        <source>PIN again</source>
        <translation>الرقم السري مرة أخرى</translation>
    </message>
    <message>
        <location filename="../views/signin.py" line="108"/>
        <source>Create administrator</source>
        <translation>إنشاء المسؤول</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <location filename="../views/slip.py" line="47"/>
        <source>Referral slip</source>
        <translation>استمارة الإحالة</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="57"/>
        <source>The referral slip was not printed</source>
        <translation>لم تُطبع استمارة الإحالة</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="64"/>
        <source>Referral slip QR code</source>
        <translation>رمز QR لاستمارة الإحالة</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="65"/>
        <source>Referral %1</source>
        <translation>الإحالة %1</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="67"/>
        <source>The receiving facility can photograph or scan this code with a phone: it carries the signed referral. Print the slip later from Today&apos;s screenings.</source>
        <translation>يمكن للمرفق المستقبِل تصوير هذا الرمز أو مسحه بالهاتف: فهو يحمل الإحالة الموقّعة. اطبع الاستمارة لاحقًا من فحوص اليوم.</translation>
    </message>
    <message>
        <location filename="../views/slip.py" line="75"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../views/home.py" line="26"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../views/home.py" line="38"/>
        <source>● online</source>
        <translation>● متصل</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="38"/>
        <source>● online — %n queued</source>
        <translation><numerusform>● متصل — في الانتظار: %n</numerusform><numerusform>● متصل — في الانتظار: %n</numerusform><numerusform>● متصل — في الانتظار: %n</numerusform><numerusform>● متصل — في الانتظار: %n</numerusform><numerusform>● متصل — في الانتظار: %n</numerusform><numerusform>● متصل — في الانتظار: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/home.py" line="40"/>
        <source>● offline — %n queued</source>
        <translation><numerusform>● غير متصل — في الانتظار: %n</numerusform><numerusform>● غير متصل — في الانتظار: %n</numerusform><numerusform>● غير متصل — في الانتظار: %n</numerusform><numerusform>● غير متصل — في الانتظار: %n</numerusform><numerusform>● غير متصل — في الانتظار: %n</numerusform><numerusform>● غير متصل — في الانتظار: %n</numerusform></translation>
    </message>
</context>
</TS>
