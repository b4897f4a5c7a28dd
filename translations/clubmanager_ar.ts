<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>BackupFile</name>
    <message>
        <source>Stopped.</source>
        <translation>تم الإيقاف.</translation>
    </message>
    <message>
        <source>This file is not a backup made by Customer Club Manager.</source>
        <translation>هذا الملف ليس نسخة احتياطية أنشأها برنامج مدير نادي العملاء.</translation>
    </message>
    <message>
        <source>The backup file is damaged: it was changed after it was written. Use another backup.</source>
        <translation>ملف النسخة الاحتياطية تالف: فقد تغيّر بعد كتابته. استخدم نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>The backup file is incomplete: it ends before its last part. It may not have been copied completely; use another copy or another backup.</source>
        <translation>ملف النسخة الاحتياطية غير مكتمل: ينتهي قبل جزئه الأخير. ربما لم يُنسخ بالكامل؛ استخدم نسخة أخرى منه أو نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>The backup file %1 could not be opened.</source>
        <translation>تعذّر فتح ملف النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <source>This backup was written in a newer format. Install the newer version of Customer Club Manager to restore it.</source>
        <translation>كُتبت هذه النسخة الاحتياطية بتنسيق أحدث. ثبّت الإصدار الأحدث من برنامج مدير نادي العملاء لاستعادتها.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the backup file is damaged at its start.</source>
        <translation>عبارة المرور غير صحيحة، أو أن ملف النسخة الاحتياطية تالف في بدايته.</translation>
    </message>
    <message>
        <source>The backup key could not be made.</source>
        <translation>تعذّر إنشاء مفتاح النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Not enough memory to make the backup key.</source>
        <translation>لا توجد ذاكرة كافية لإنشاء مفتاح النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The copy of the data could not be read.</source>
        <translation>تعذّرت قراءة نسخة البيانات.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, that there is room and that you may write to it.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في %1. تحقق من وجود المجلد ومن توفر مساحة كافية ومن أن لديك إذن الكتابة فيه.</translation>
    </message>
    <message>
        <source>The backup could not be unpacked next to the data file. Check that there is room.</source>
        <translation>تعذّر فك النسخة الاحتياطية بجوار ملف البيانات. تحقق من توفر مساحة كافية.</translation>
    </message>
    <message>
        <source>The backup could not be unpacked next to the data file.</source>
        <translation>تعذّر فك النسخة الاحتياطية بجوار ملف البيانات.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Choose a folder and a passphrase for the daily backups first.</source>
        <translation>اختر أولًا مجلدًا وعبارة مرور للنسخ الاحتياطية اليومية.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached. Is the drive connected?</source>
        <translation>لا يمكن الوصول إلى مجلد النسخ الاحتياطية %1. هل محرك الأقراص متصل؟</translation>
    </message>
    <message>
        <source>An old backup could not be removed from %1.</source>
        <translation>تعذّر حذف نسخة احتياطية قديمة من %1.</translation>
    </message>
</context>
<context>
    <name>BackupSql</name>
    <message>
        <source>The data file %1 could not be read.</source>
        <translation>تعذّرت قراءة ملف البيانات %1.</translation>
    </message>
    <message>
        <source>A copy of the data could not be made: %1</source>
        <translation>تعذّر إنشاء نسخة من البيانات: %1</translation>
    </message>
</context>
<context>
    <name>CardPrinting</name>
    <message>
        <source>Print Cards</source>
        <translation>طباعة البطاقات</translation>
    </message>
    <message>
        <source>There is no card to print.</source>
        <translation>لا توجد بطاقة للطباعة.</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and try again.</source>
        <translation>تعذّر استخدام الطابعة. تأكد من أنها قيد التشغيل ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>البطاقات</translation>
    </message>
</context>
<context>
    <name>CardStockSql</name>
    <message numerus="yes">
        <source>This branch does not have %Ln blank card(s) of this type.</source>
        <translation>
            <numerusform>لا يتوفر في هذا الفرع %Ln بطاقة فارغة من هذا النوع.</numerusform>
            <numerusform>لا يتوفر في هذا الفرع %Ln بطاقة فارغة من هذا النوع.</numerusform>
            <numerusform>لا يتوفر في هذا الفرع %Ln بطاقتان فارغتان من هذا النوع.</numerusform>
            <numerusform>لا يتوفر في هذا الفرع %Ln بطاقات فارغة من هذا النوع.</numerusform>
            <numerusform>لا يتوفر في هذا الفرع %Ln بطاقةً فارغة من هذا النوع.</numerusform>
            <numerusform>لا يتوفر في هذا الفرع %Ln بطاقة فارغة من هذا النوع.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stock card was not found.</source>
        <translation>لم يتم العثور على بطاقة المخزون.</translation>
    </message>
    <message>
        <source>Only a card still in stock can be encoded.</source>
        <translation>لا يمكن ترميز إلا بطاقة لا تزال في المخزون.</translation>
    </message>
</context>
<context>
    <name>Club::App</name>
    <message>
        <source>Customer Club Manager</source>
        <translation>مدير نادي العملاء</translation>
    </message>
    <message>
        <source>The folder for the data file could not be created: %1</source>
        <translation>تعذّر إنشاء مجلد ملف البيانات: %1</translation>
    </message>
    <message>
        <source>Customer Club Manager is already open on this data file. Switch to the open window, or close it first.</source>
        <translation>برنامج مدير نادي العملاء مفتوح بالفعل على ملف البيانات هذا. انتقل إلى النافذة المفتوحة أو أغلقها أولًا.</translation>
    </message>
    <message>
        <source>The data file's folder cannot be written to: %1</source>
        <translation>لا يمكن الكتابة في مجلد ملف البيانات: %1</translation>
    </message>
    <message>
        <source>The backup was restored. The previous data was kept as %1.</source>
        <translation>تمت استعادة النسخة الاحتياطية. حُفظت البيانات السابقة باسم %1.</translation>
    </message>
</context>
<context>
    <name>Club::CommandLine</name>
    <message>
        <source>Customer Club Manager: the loyalty club's back office.</source>
        <translation>مدير نادي العملاء: الإدارة الخلفية لنادي الولاء.</translation>
    </message>
    <message>
        <source>Open the store in FILE instead of the default one.</source>
        <translation>افتح المتجر الموجود في «ملف» بدلًا من المتجر الافتراضي.</translation>
    </message>
    <message>
        <source>FILE</source>
        <extracomment>The value's name in --help: keep it short, in capitals where the script has them.</extracomment>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Keep the store in the folder DIR (the file %1 in it).</source>
        <translation>احفظ المتجر في «مجلد» (الملف %1 داخله).</translation>
    </message>
    <message>
        <source>DIR</source>
        <extracomment>The value's name in --help: keep it short, in capitals where the script has them.</extracomment>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Language for this start: fa (Persian), ar (Arabic) or en (English).</source>
        <translation>لغة هذا التشغيل: fa (الفارسية) أو ar (العربية) أو en (الإنجليزية).</translation>
    </message>
    <message>
        <source>LANG</source>
        <extracomment>The value's name in --help: keep it short, in capitals where the script has them.</extracomment>
        <translation>لغة</translation>
    </message>
    <message>
        <source>Back the store up into the encrypted file FILE and exit.</source>
        <translation>انسخ المتجر احتياطيًا إلى الملف المشفّر «ملف» ثم اخرج.</translation>
    </message>
    <message>
        <source>Restore the store from the backup FILE and exit.</source>
        <translation>استعد المتجر من النسخة الاحتياطية «ملف» ثم اخرج.</translation>
    </message>
    <message>
        <source>Check the store (SQLite, ledger, stock) and exit.</source>
        <translation>افحص المتجر (SQLite ودفتر الحسابات والمخزون) ثم اخرج.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>وسيط غير متوقع: %1</translation>
    </message>
    <message>
        <source>Unknown language "%1". Use fa, ar or en.</source>
        <translation>لغة غير معروفة "%1". استخدم fa أو ar أو en.</translation>
    </message>
    <message>
        <source>Give either --data or --data-dir, not both.</source>
        <translation>حدّد إما --data أو --data-dir، وليس كليهما.</translation>
    </message>
    <message>
        <source>--data needs the store's file, not a folder: %1</source>
        <translation>يحتاج الخيار --data إلى ملف المتجر، لا إلى مجلد: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>يحتاج الخيار --data-dir إلى مجلد.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Use --data to open a store file.</source>
        <translation>%1 ملف وليس مجلدًا. استخدم --data لفتح ملف متجر.</translation>
    </message>
    <message>
        <source>Give only one of --backup, --restore and --check.</source>
        <translation>حدّد خيارًا واحدًا فقط من --backup و--restore و--check.</translation>
    </message>
</context>
<context>
    <name>Club::Core</name>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>الرقم الوطني</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Staff or student number</source>
        <translation>الرقم الوظيفي أو الجامعي</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>"%1" is not a date. Write it as 1370/05/12 or 1991-08-03.</source>
        <translation>"%1" ليس تاريخًا. اكتبه بالصيغة ١٣٧٠/٠٥/١٢ أو ١٩٩١-٠٨-٠٣.</translation>
    </message>
    <message>
        <source>"%1" is ambiguous: the day and the month could be either way round. Write the year first, as 1370/05/12.</source>
        <translation>"%1" ملتبس: يمكن أن يكون اليوم والشهر بأي من الترتيبين. اكتب السنة أولًا، مثل ١٣٧٠/٠٥/١٢.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write the year with four digits.</source>
        <translation>"%1" ليس تاريخًا: اكتب السنة بأربعة أرقام.</translation>
    </message>
    <message>
        <source>The year of "%1" is neither Jalali (1300–1499) nor Gregorian (1900–2100).</source>
        <translation>سنة "%1" ليست هجرية شمسية (١٣٠٠–١٤٩٩) ولا ميلادية (١٩٠٠–٢١٠٠).</translation>
    </message>
    <message>
        <source>"%1" is not a day of the Jalali calendar.</source>
        <translation>"%1" ليس يومًا في التقويم الهجري الشمسي.</translation>
    </message>
    <message>
        <source>"%1" is not a day of the Gregorian calendar.</source>
        <translation>"%1" ليس يومًا في التقويم الميلادي.</translation>
    </message>
    <message>
        <source>Message language</source>
        <extracomment>A column of the member import: the language of the member's messages</extracomment>
        <translation>لغة الرسائل</translation>
    </message>
</context>
<context>
    <name>Club::Core::Actor</name>
    <message>
        <source>Your role does not allow this. Ask a manager or an administrator.</source>
        <translation>لا يسمح دورك بهذا الإجراء. اطلب ذلك من مدير المتجر أو مدير النظام.</translation>
    </message>
</context>
<context>
    <name>Club::Core::AuthService</name>
    <message numerus="yes">
        <source>The password must have at least %Ln characters.</source>
        <translation>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a branch code.</source>
        <translation>أدخل رمز الفرع.</translation>
    </message>
    <message>
        <source>Enter a branch name.</source>
        <translation>أدخل اسم الفرع.</translation>
    </message>
    <message>
        <source>A branch with this code already exists.</source>
        <translation>يوجد فرع بهذا الرمز بالفعل.</translation>
    </message>
    <message>
        <source>The user name must be 3 to 32 Latin letters, digits, dots, dashes or underscores.</source>
        <translation>يجب أن يتكون اسم المستخدم من ٣ إلى ٣٢ خانة، من الحروف اللاتينية والأرقام والنقاط والشرطات والشرطات السفلية فقط.</translation>
    </message>
    <message>
        <source>Enter the operator's full name.</source>
        <translation>أدخل الاسم الكامل للمستخدم.</translation>
    </message>
    <message>
        <source>The password could not be secured. Try again.</source>
        <translation>تعذّر تأمين كلمة المرور. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>اسم المستخدم هذا مستخدم من قبل. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Enter the store's name.</source>
        <translation>أدخل اسم المتجر.</translation>
    </message>
    <message>
        <source>This store is already set up.</source>
        <translation>تم إعداد هذا المتجر من قبل.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>This operator has been deactivated.</source>
        <translation>تم تعطيل هذا المستخدم.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. An administrator must set a new password.</source>
        <translation>أُدخلت كلمة مرور خاطئة مرات كثيرة. يجب أن يعيّن مدير النظام كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or take away your own administrator role.</source>
        <translation>لا يمكنك تعطيل حسابك أو إزالة دور مدير النظام عن نفسك.</translation>
    </message>
    <message>
        <source>The operator was not found.</source>
        <translation>لم يتم العثور على المستخدم.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>Club::Core::BackupService</name>
    <message>
        <source>This computer works on the central database; it is backed up on its server.</source>
        <translation>يعمل هذا الحاسوب على قاعدة البيانات المركزية؛ ويتم نسخها احتياطيًا على خادمها.</translation>
    </message>
    <message>
        <source>There is no room for a temporary copy next to the data file.</source>
        <translation>لا توجد مساحة لنسخة مؤقتة بجوار ملف البيانات.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Customer Club Manager (data version %1; this version knows up to %2). Install the newer version to restore it.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من برنامج مدير نادي العملاء (إصدار البيانات %1؛ وهذا الإصدار يدعم حتى %2). ثبّت الإصدار الأحدث لاستعادتها.</translation>
    </message>
    <message>
        <source>This computer works on the central database; it is restored on its server.</source>
        <translation>يعمل هذا الحاسوب على قاعدة البيانات المركزية؛ وتتم استعادتها على خادمها.</translation>
    </message>
    <message>
        <source>The checked backup could not be put beside the data file.</source>
        <translation>تعذّر وضع النسخة الاحتياطية التي تم فحصها بجوار ملف البيانات.</translation>
    </message>
    <message>
        <source>The data in this backup is damaged (SQLite's own check failed). Use another backup.</source>
        <translation>البيانات في هذه النسخة الاحتياطية تالفة (فشل فحص SQLite الخاص بها). استخدم نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>The data in this backup does not pass the ledger and stock check, so it is not used:
%1</source>
        <translation>البيانات في هذه النسخة الاحتياطية لا تجتاز فحص دفتر الحسابات والمخزون، لذا لن تُستخدم:
%1</translation>
    </message>
    <message>
        <source>The current data could not be saved aside, so the backup was not restored. %1</source>
        <translation>تعذّر حفظ البيانات الحالية جانبًا، لذا لم تتم استعادة النسخة الاحتياطية. %1</translation>
    </message>
    <message>
        <source>The backup could not be put in place; the previous data was kept.</source>
        <translation>تعذّر وضع النسخة الاحتياطية في مكانها؛ تم الاحتفاظ بالبيانات السابقة.</translation>
    </message>
    <message>
        <source>The restored data failed its check, so the previous data was put back. %1</source>
        <translation>فشلت البيانات المستعادة في الفحص، لذا أُعيدت البيانات السابقة. %1</translation>
    </message>
</context>
<context>
    <name>Club::Core::CampaignService</name>
    <message>
        <source>Give the message a name.</source>
        <translation>أدخل اسمًا للرسالة.</translation>
    </message>
    <message>
        <source>Write the message in at least one language.</source>
        <translation>اكتب الرسالة بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Another message already has this name.</source>
        <translation>توجد رسالة أخرى بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>أدخل اسمًا للحملة.</translation>
    </message>
    <message>
        <source>Choose the segment to send to.</source>
        <translation>اختر الشريحة التي سيتم الإرسال إليها.</translation>
    </message>
    <message>
        <source>Choose the message to send.</source>
        <translation>اختر الرسالة المراد إرسالها.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>لم تعد الحملة موجودة.</translation>
    </message>
    <message>
        <source>the customer club</source>
        <translation>نادي العملاء</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>رسالة تجريبية</translation>
    </message>
    <message>
        <source>This is a test message from %1. If you can read it, messages to members will arrive too.</source>
        <translation>هذه رسالة تجريبية من %1. إذا استطعت قراءتها، فستصل الرسائل إلى الأعضاء أيضًا.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CardService</name>
    <message>
        <source>The member was not found.</source>
        <translation>لم يتم العثور على العضو.</translation>
    </message>
    <message>
        <source>This member has been deactivated. Reactivate the member before giving them a card.</source>
        <translation>تم تعطيل هذا العضو. أعد تفعيله قبل إصدار بطاقة له.</translation>
    </message>
    <message numerus="yes">
        <source>A member may hold only %Ln active card(s) of the type "%1", and this member already has that many. Block or replace one of them instead.</source>
        <translation>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %Ln بطاقة فعّالة من نوع "%1"، وقد بلغ هذا العضو هذا الحد. أوقف إحدى بطاقاته أو استبدلها بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %Ln بطاقة فعّالة من نوع "%1"، وقد بلغ هذا العضو هذا الحد. أوقف بطاقته أو استبدلها بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %Ln بطاقتين فعّالتين من نوع "%1"، وقد بلغ هذا العضو هذا الحد. أوقف إحدى بطاقاته أو استبدلها بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %Ln بطاقات فعّالة من نوع "%1"، وقد بلغ هذا العضو هذا الحد. أوقف إحدى بطاقاته أو استبدلها بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %Ln بطاقةً فعّالة من نوع "%1"، وقد بلغ هذا العضو هذا الحد. أوقف إحدى بطاقاته أو استبدلها بدلًا من ذلك.</numerusform>
            <numerusform>لا يمكن للعضو أن يحمل أكثر من %Ln بطاقة فعّالة من نوع "%1"، وقد بلغ هذا العضو هذا الحد. أوقف إحدى بطاقاته أو استبدلها بدلًا من ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>No blank cards of this type are left in this branch.</source>
        <translation>لم تتبقَّ بطاقات فارغة من هذا النوع في هذا الفرع.</translation>
    </message>
    <message numerus="yes">
        <source>Every card number with the prefix %1 and %Ln digit(s) has been given out. Give the card type a new prefix or a longer number.</source>
        <translation>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %Ln خانة. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %Ln خانة. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %Ln خانتين. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %Ln خانات. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %Ln خانةً. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
            <numerusform>نفدت جميع أرقام البطاقات ذات البادئة %1 والمكوّنة من %Ln خانة. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول.</numerusform>
        </translation>
    </message>
    <message>
        <source>No free card number was found for the prefix %1. Give the card type a new prefix.</source>
        <translation>لم يُعثر على رقم بطاقة متاح للبادئة %1. عيّن لنوع البطاقة بادئة جديدة.</translation>
    </message>
    <message>
        <source>Cards of this type are no longer issued.</source>
        <translation>لم تعد تُصدر بطاقات من هذا النوع.</translation>
    </message>
    <message>
        <source>Cards of this type need a PIN. Enter a PIN of 4 to 6 digits.</source>
        <translation>تتطلب بطاقات هذا النوع رمزًا سريًا. أدخل رمزًا سريًا من ٤ إلى ٦ أرقام.</translation>
    </message>
    <message>
        <source>This card has already been replaced.</source>
        <translation>تم استبدال هذه البطاقة من قبل.</translation>
    </message>
    <message>
        <source>The card was not found.</source>
        <translation>لم يتم العثور على البطاقة.</translation>
    </message>
    <message>
        <source>This card has been replaced and is no longer in use.</source>
        <translation>تم استبدال هذه البطاقة ولم تعد قيد الاستخدام.</translation>
    </message>
    <message>
        <source>A replaced card can never be unblocked. Use its replacement card.</source>
        <translation>لا يمكن إلغاء إيقاف بطاقة مستبدلة. استخدم البطاقة البديلة.</translation>
    </message>
    <message>
        <source>This card is already blocked.</source>
        <translation>هذه البطاقة موقوفة بالفعل.</translation>
    </message>
    <message>
        <source>This card is not blocked.</source>
        <translation>هذه البطاقة غير موقوفة.</translation>
    </message>
    <message>
        <source>The card was changed by someone else. Open it again.</source>
        <translation>عدّل مستخدم آخر هذه البطاقة. افتحها مرة أخرى.</translation>
    </message>
    <message>
        <source>A PIN must have %1 to %2 digits.</source>
        <translation>يجب أن يتكون الرمز السري من %1 إلى %2 أرقام.</translation>
    </message>
    <message>
        <source>A PIN may contain digits only.</source>
        <translation>يجب أن يحتوي الرمز السري على أرقام فقط.</translation>
    </message>
    <message>
        <source>A PIN of one repeated digit is too easy to guess. Choose another PIN.</source>
        <translation>الرمز السري المكوّن من رقم واحد مكرر سهل التخمين. اختر رمزًا سريًا آخر.</translation>
    </message>
    <message>
        <source>A PIN of consecutive digits, such as 1234 or 4321, is too easy to guess. Choose another PIN.</source>
        <translation>الرمز السري المكوّن من أرقام متتالية، مثل ١٢٣٤ أو ٤٣٢١، سهل التخمين. اختر رمزًا سريًا آخر.</translation>
    </message>
    <message>
        <source>The PIN could not be secured. Try again.</source>
        <translation>تعذّر تأمين الرمز السري. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This card is blocked.</source>
        <translation>هذه البطاقة موقوفة.</translation>
    </message>
    <message>
        <source>This card's PIN is locked after too many wrong tries. A manager must unlock it first.</source>
        <translation>الرمز السري لهذه البطاقة مقفل بعد محاولات خاطئة كثيرة. يجب أن يفتح مدير المتجر القفل أولًا.</translation>
    </message>
    <message>
        <source>This card has no PIN.</source>
        <translation>لا يوجد رمز سري لهذه البطاقة.</translation>
    </message>
    <message>
        <source>This card's PIN is locked after too many wrong tries. A manager must unlock it.</source>
        <translation>الرمز السري لهذه البطاقة مقفل بعد محاولات خاطئة كثيرة. يجب أن يفتح مدير المتجر القفل.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN was wrong %Ln time(s) and is now locked. A manager must unlock it.</source>
        <translation>
            <numerusform>أُدخل الرمز السري خطأً %Ln مرة وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
            <numerusform>أُدخل الرمز السري خطأً %Ln مرة وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
            <numerusform>أُدخل الرمز السري خطأً %Ln مرتين وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
            <numerusform>أُدخل الرمز السري خطأً %Ln مرات وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
            <numerusform>أُدخل الرمز السري خطأً %Ln مرةً وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
            <numerusform>أُدخل الرمز السري خطأً %Ln مرة وقد قُفل الآن. يجب أن يفتح مدير المتجر القفل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong. %Ln try(s) left before it locks.</source>
        <translation>
            <numerusform>الرمز السري غير صحيح. تبقّت %Ln محاولة قبل أن يُقفل.</numerusform>
            <numerusform>الرمز السري غير صحيح. تبقّت %Ln محاولة قبل أن يُقفل.</numerusform>
            <numerusform>الرمز السري غير صحيح. تبقّت %Ln محاولتان قبل أن يُقفل.</numerusform>
            <numerusform>الرمز السري غير صحيح. تبقّت %Ln محاولات قبل أن يُقفل.</numerusform>
            <numerusform>الرمز السري غير صحيح. تبقّت %Ln محاولةً قبل أن يُقفل.</numerusform>
            <numerusform>الرمز السري غير صحيح. تبقّت %Ln محاولة قبل أن يُقفل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the card type.</source>
        <translation>أدخل اسمًا لنوع البطاقة.</translation>
    </message>
    <message>
        <source>The number prefix must be 1 to 8 digits.</source>
        <translation>يجب أن تتكون بادئة الرقم من ١ إلى ٨ أرقام.</translation>
    </message>
    <message>
        <source>A card number must be 12 to 19 digits long.</source>
        <translation>يجب أن يتكون رقم البطاقة من ١٢ إلى ١٩ خانة.</translation>
    </message>
    <message>
        <source>The card number must be longer than the prefix and its check digit.</source>
        <translation>يجب أن يكون رقم البطاقة أطول من البادئة مع رقم التحقق.</translation>
    </message>
    <message>
        <source>The validity must be 0 to 120 months.</source>
        <extracomment>0 means the card never expires</extracomment>
        <translation>يجب أن تكون مدة الصلاحية من ٠ إلى ١٢٠ شهرًا.</translation>
    </message>
    <message>
        <source>The cards per member must be 0 to 10.</source>
        <extracomment>0 means no limit</extracomment>
        <translation>يجب أن يكون عدد البطاقات لكل عضو من ٠ إلى ١٠.</translation>
    </message>
    <message>
        <source>The card type was not found.</source>
        <translation>لم يتم العثور على نوع البطاقة.</translation>
    </message>
    <message>
        <source>A card type with this name already exists.</source>
        <translation>يوجد نوع بطاقة بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>Enter how many blank cards come in or go out.</source>
        <translation>أدخل عدد البطاقات الفارغة الواردة أو الصادرة.</translation>
    </message>
    <message>
        <source>Enter the reason for this stock movement.</source>
        <translation>أدخل سبب حركة المخزون هذه.</translation>
    </message>
    <message>
        <source>There are fewer blank cards in stock than you want to write off.</source>
        <translation>عدد البطاقات الفارغة في المخزون أقل من العدد الذي تريد شطبه.</translation>
    </message>
    <message>
        <source>No card has this number.</source>
        <translation>لا توجد بطاقة بهذا الرقم.</translation>
    </message>
    <message>
        <source>The chip's serial number could not be read. Try again.</source>
        <translation>تعذّرت قراءة الرقم التسلسلي للشريحة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Only a card waiting to be encoded can be activated.</source>
        <translation>لا يمكن تفعيل إلا بطاقة بانتظار الترميز.</translation>
    </message>
    <message>
        <source>The card this one replaces is no longer in use.</source>
        <translation>البطاقة التي تحل هذه البطاقة محلها لم تعد مستخدمة.</translation>
    </message>
    <message>
        <source>This chip is already registered to another card. Use another blank card.</source>
        <translation>هذه الشريحة مسجّلة بالفعل لبطاقة أخرى. استخدم بطاقة فارغة أخرى.</translation>
    </message>
    <message>
        <source>Enter why this card is voided.</source>
        <translation>أدخل سبب إلغاء هذه البطاقة.</translation>
    </message>
    <message>
        <source>Only a card waiting to be encoded can be voided.</source>
        <translation>لا يمكن إلغاء إلا بطاقة بانتظار الترميز.</translation>
    </message>
    <message>
        <source>This card is blank.</source>
        <translation>هذه البطاقة فارغة.</translation>
    </message>
    <message>
        <source>This is not a card of this club.</source>
        <translation>هذه البطاقة ليست من بطاقات نادي العملاء هذا.</translation>
    </message>
    <message>
        <source>This card failed the authenticity check. Keep it and call a manager.</source>
        <translation>لم تجتز هذه البطاقة فحص الأصالة. احتفظ بها واتصل بمدير المتجر.</translation>
    </message>
    <message>
        <source>This card was written with a card key this branch does not have. Import the club's card keys.</source>
        <translation>رُمّزت هذه البطاقة بمفتاح بطاقات غير موجود في هذا الفرع. استورد مفاتيح البطاقات الخاصة بنادي العملاء.</translation>
    </message>
    <message>
        <source>This card has not been activated yet.</source>
        <translation>لم يتم تفعيل هذه البطاقة بعد.</translation>
    </message>
    <message>
        <source>This card is void.</source>
        <translation>هذه البطاقة ملغاة.</translation>
    </message>
    <message>
        <source>This card has not been encoded yet. Void it instead of replacing it.</source>
        <translation>لم يتم ترميز هذه البطاقة بعد. ألغِها بدلًا من استبدالها.</translation>
    </message>
    <message>
        <source>This card is void and cannot be replaced.</source>
        <translation>هذه البطاقة ملغاة ولا يمكن استبدالها.</translation>
    </message>
    <message>
        <source>A replacement for this card is waiting to be encoded. Activate or void it first.</source>
        <translation>توجد بطاقة بديلة لهذه البطاقة بانتظار الترميز. فعّلها أو ألغِها أولًا.</translation>
    </message>
    <message>
        <source>This card has not been encoded yet. Void it if it will not be handed over.</source>
        <translation>لم يتم ترميز هذه البطاقة بعد. ألغِها إذا لم تكن ستُسلَّم للعضو.</translation>
    </message>
    <message>
        <source>This card has not been encoded and activated yet.</source>
        <translation>لم يتم ترميز هذه البطاقة وتفعيلها بعد.</translation>
    </message>
    <message>
        <source>A card with this number or chip is already in use. Keep the card and call a manager.</source>
        <translation>توجد بطاقة بهذا الرقم أو بهذه الشريحة قيد الاستخدام بالفعل. احتفظ بالبطاقة واتصل بمدير المتجر.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CardStockService</name>
    <message>
        <source>This card failed the authenticity check. Keep it and call a manager.</source>
        <translation>لم تجتز هذه البطاقة فحص الأصالة. احتفظ بها واتصل بمدير المتجر.</translation>
    </message>
    <message>
        <source>This card has not been handed out yet: it is still in stock. Cards are activated only after they are distributed.</source>
        <translation>لم تُسلَّم هذه البطاقة بعد: لا تزال في المخزون. لا تُفعَّل البطاقات إلا بعد توزيعها.</translation>
    </message>
    <message>
        <source>This card is blocked (its batch was reported lost or withdrawn). Keep it and call a manager.</source>
        <translation>هذه البطاقة موقوفة (أُبلغ عن فقدان دفعتها أو سحبها). احتفظ بها واتصل بمدير المتجر.</translation>
    </message>
    <message>
        <source>This card already belongs to a member.</source>
        <translation>هذه البطاقة مرتبطة بعضو بالفعل.</translation>
    </message>
    <message>
        <source>This is not a card of this club.</source>
        <translation>هذه البطاقة ليست من بطاقات نادي العملاء هذا.</translation>
    </message>
    <message>
        <source>The chip's serial number could not be read. Try again.</source>
        <translation>تعذّرت قراءة الرقم التسلسلي للشريحة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This chip is already registered to another card. Use another blank card.</source>
        <translation>هذه الشريحة مسجّلة بالفعل لبطاقة أخرى. استخدم بطاقة فارغة أخرى.</translation>
    </message>
    <message>
        <source>Enter the new member's first and last name.</source>
        <translation>أدخل الاسم الأول واسم العائلة للعضو الجديد.</translation>
    </message>
    <message>
        <source>Enter the new member's mobile number.</source>
        <translation>أدخل رقم جوال العضو الجديد.</translation>
    </message>
    <message>
        <source>This card's value was already given. Call a manager.</source>
        <translation>تم منح قيمة هذه البطاقة من قبل. اتصل بمدير المتجر.</translation>
    </message>
    <message numerus="yes">
        <source>Enter how many cards to make, from 1 to %Ln.</source>
        <translation>
            <numerusform>أدخل عدد البطاقات المطلوب إنشاؤها، من ١ إلى %Ln.</numerusform>
            <numerusform>أدخل عدد البطاقات المطلوب إنشاؤها، من ١ إلى %Ln.</numerusform>
            <numerusform>أدخل عدد البطاقات المطلوب إنشاؤها، من ١ إلى %Ln.</numerusform>
            <numerusform>أدخل عدد البطاقات المطلوب إنشاؤها، من ١ إلى %Ln.</numerusform>
            <numerusform>أدخل عدد البطاقات المطلوب إنشاؤها، من ١ إلى %Ln.</numerusform>
            <numerusform>أدخل عدد البطاقات المطلوب إنشاؤها، من ١ إلى %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preloaded value cannot be negative.</source>
        <translation>لا يمكن أن تكون القيمة المحمّلة مسبقًا سالبة.</translation>
    </message>
    <message>
        <source>Cards of this type are no longer issued.</source>
        <translation>لم تعد تُصدر بطاقات من هذا النوع.</translation>
    </message>
    <message>
        <source>Only loyalty, discount and gift cards can be made in stock batches.</source>
        <translation>لا يمكن إنشاء دفعات مخزون إلا من بطاقات الولاء والخصم والهدايا.</translation>
    </message>
    <message>
        <source>Only gift cards can carry a preloaded value.</source>
        <translation>لا يمكن أن تحمل قيمة محمّلة مسبقًا إلا بطاقات الهدايا.</translation>
    </message>
    <message>
        <source>Choose the branch that keeps the cards.</source>
        <translation>اختر الفرع الذي يحتفظ بالبطاقات.</translation>
    </message>
    <message>
        <source>The card type's numbers run out before the batch is complete. Give the card type a new prefix or a longer number, or make a smaller batch.</source>
        <translation>تنفد أرقام نوع البطاقة قبل اكتمال الدفعة. عيّن لنوع البطاقة بادئة جديدة أو رقمًا أطول، أو أنشئ دفعة أصغر.</translation>
    </message>
    <message>
        <source>Some numbers of this card type's prefix are already in use by another prefix. Give the card type a new prefix.</source>
        <translation>بعض الأرقام ضمن بادئة نوع البطاقة هذا مستخدمة بالفعل من قبل بادئة أخرى. عيّن لنوع البطاقة بادئة جديدة.</translation>
    </message>
    <message>
        <source>The batch was cancelled. No cards were made.</source>
        <translation>أُلغيت الدفعة. لم يتم إنشاء أي بطاقة.</translation>
    </message>
    <message>
        <source>The batch was not found.</source>
        <translation>لم يتم العثور على الدفعة.</translation>
    </message>
    <message>
        <source>Choose a branch, or enter the event or organisation that gets the cards.</source>
        <translation>اختر فرعًا، أو أدخل الفعالية أو المؤسسة التي ستتسلّم البطاقات.</translation>
    </message>
    <message>
        <source>Enter a range of cards from 1 to %1 of this batch.</source>
        <translation>أدخل نطاقًا من البطاقات من ١ إلى %1 في هذه الدفعة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) of this range are no longer in stock (already distributed, bound or blocked). Choose a range of cards that are all in stock.</source>
        <translation>
            <numerusform>%Ln بطاقة من هذا النطاق لم تعد في المخزون (موزّعة أو مرتبطة أو موقوفة بالفعل). اختر نطاقًا من البطاقات كلها في المخزون.</numerusform>
            <numerusform>%Ln بطاقة من هذا النطاق لم تعد في المخزون (موزّعة أو مرتبطة أو موقوفة بالفعل). اختر نطاقًا من البطاقات كلها في المخزون.</numerusform>
            <numerusform>%Ln بطاقتان من هذا النطاق لم تعودا في المخزون (موزّعتان أو مرتبطتان أو موقوفتان بالفعل). اختر نطاقًا من البطاقات كلها في المخزون.</numerusform>
            <numerusform>%Ln بطاقات من هذا النطاق لم تعد في المخزون (موزّعة أو مرتبطة أو موقوفة بالفعل). اختر نطاقًا من البطاقات كلها في المخزون.</numerusform>
            <numerusform>%Ln بطاقةً من هذا النطاق لم تعد في المخزون (موزّعة أو مرتبطة أو موقوفة بالفعل). اختر نطاقًا من البطاقات كلها في المخزون.</numerusform>
            <numerusform>%Ln بطاقة من هذا النطاق لم تعد في المخزون (موزّعة أو مرتبطة أو موقوفة بالفعل). اختر نطاقًا من البطاقات كلها في المخزون.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter why these cards are blocked.</source>
        <translation>أدخل سبب إيقاف هذه البطاقات.</translation>
    </message>
    <message>
        <source>No card of this range can be blocked here: they are all bound to members or blocked already. Block a member's card on its own.</source>
        <translation>لا يمكن إيقاف أي بطاقة من هذا النطاق هنا: كلها مرتبطة بأعضاء أو موقوفة بالفعل. أوقف بطاقة العضو على حدة.</translation>
    </message>
    <message>
        <source>Enter the gift value the club gives with each card, or choose that the customer pays for it.</source>
        <translation>أدخل قيمة الهدية التي يمنحها النادي مع كل بطاقة، أو اختر أن يدفعها العميل.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CardTemplateService</name>
    <message>
        <source>The card type was not found.</source>
        <translation>لم يتم العثور على نوع البطاقة.</translation>
    </message>
    <message>
        <source>The card design is too large to save. Use smaller images.</source>
        <translation>تصميم البطاقة أكبر من أن يُحفظ. استخدم صورًا أصغر حجمًا.</translation>
    </message>
    <message>
        <source>This is not a card design the program can read.</source>
        <translation>هذا ليس تصميم بطاقة يستطيع البرنامج قراءته.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CatalogService</name>
    <message>
        <source>A price cannot be negative.</source>
        <translation>لا يمكن أن يكون السعر سالبًا.</translation>
    </message>
    <message>
        <source>Choose the branch whose own price ends.</source>
        <translation>اختر الفرع الذي ينتهي سعره الخاص.</translation>
    </message>
    <message>
        <source>Enter when the price starts.</source>
        <translation>أدخل تاريخ بدء السعر.</translation>
    </message>
    <message>
        <source>A price cannot start in the past; past prices are never changed.</source>
        <translation>لا يمكن أن يبدأ السعر في الماضي؛ فالأسعار السابقة لا تُعدَّل أبدًا.</translation>
    </message>
    <message>
        <source>The branch was not found.</source>
        <translation>لم يتم العثور على الفرع.</translation>
    </message>
    <message>
        <source>This price would overlap a period that starts later. Choose a later start.</source>
        <translation>سيتداخل هذا السعر مع فترة تبدأ لاحقًا. اختر تاريخ بدء لاحقًا.</translation>
    </message>
    <message>
        <source>The product has no price at that time.</source>
        <translation>لا يوجد للمنتج سعر في ذلك الوقت.</translation>
    </message>
    <message>
        <source>The product group was not found.</source>
        <translation>لم يتم العثور على مجموعة المنتجات.</translation>
    </message>
    <message>
        <source>Enter a name for the product group.</source>
        <translation>أدخل اسمًا لمجموعة المنتجات.</translation>
    </message>
    <message>
        <source>A group cannot be moved into itself or one of its subgroups.</source>
        <translation>لا يمكن نقل مجموعة إلى داخل نفسها أو إلى إحدى مجموعاتها الفرعية.</translation>
    </message>
    <message>
        <source>The group still holds products or subgroups.</source>
        <translation>لا تزال المجموعة تحتوي على منتجات أو مجموعات فرعية.</translation>
    </message>
    <message>
        <source>Enter a product code.</source>
        <translation>أدخل رمز المنتج.</translation>
    </message>
    <message>
        <source>Enter the product's name in at least one language.</source>
        <translation>أدخل اسم المنتج بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Points cannot be negative.</source>
        <translation>لا يمكن أن تكون النقاط سالبة.</translation>
    </message>
    <message>
        <source>A gift needs a points price above zero.</source>
        <translation>يجب أن يكون سعر الهدية بالنقاط أكبر من صفر.</translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation>لم يتم العثور على المنتج.</translation>
    </message>
    <message>
        <source>The product could not be checked.</source>
        <translation>تعذّر التحقق من المنتج.</translation>
    </message>
    <message>
        <source>Another product already has this code.</source>
        <translation>يوجد منتج آخر بهذا الرمز.</translation>
    </message>
    <message>
        <source>Another product already has this barcode.</source>
        <translation>يوجد منتج آخر بهذا الباركود.</translation>
    </message>
    <message>
        <source>Another product already has this code or barcode.</source>
        <translation>يوجد منتج آخر بهذا الرمز أو الباركود.</translation>
    </message>
</context>
<context>
    <name>Club::Core::ConnectedCreditViews</name>
    <message>
        <source>The central server does not know this member by their mobile.</source>
        <translation>لا يعرف الخادم المركزي هذا العضو برقم جواله.</translation>
    </message>
</context>
<context>
    <name>Club::Core::ConnectedDesk</name>
    <message>
        <source>Enter the server's address, the terminal id and its secret first.</source>
        <translation>أدخل أولًا عنوان الخادم ومعرّف الطرفية ورمزها السري.</translation>
    </message>
    <message>
        <source>Connected. The server (version %1) accepts this terminal.</source>
        <extracomment>%1 the server's version</extracomment>
        <translation>تم الاتصال. الخادم (الإصدار %1) يقبل هذه الطرفية.</translation>
    </message>
    <message>
        <source>The central server does not know this member by their mobile.</source>
        <translation>لا يعرف الخادم المركزي هذا العضو من رقم جواله.</translation>
    </message>
    <message>
        <source>Points, stored value and credit together are more than the bill.</source>
        <translation>مجموع النقاط ورصيد الهدايا والائتمان أكبر من قيمة الفاتورة.</translation>
    </message>
    <message>
        <source>The central server does not know this member by their mobile. Use their card.</source>
        <translation>لا يعرف الخادم المركزي هذا العضو من رقم جواله. استخدم بطاقته.</translation>
    </message>
    <message>
        <source>The central server cannot be reached. A member's sale can be kept for later only with their card.</source>
        <translation>تعذّر الوصول إلى الخادم المركزي. لا يمكن حفظ عملية بيع العضو لإرسالها لاحقًا إلا باستخدام بطاقته.</translation>
    </message>
    <message>
        <source>This request was already kept for another operation.</source>
        <translation>هذا الطلب محفوظ بالفعل لعملية أخرى.</translation>
    </message>
    <message>
        <source>This member has no active card, and the central server knows members by their card.</source>
        <translation>لا يملك هذا العضو بطاقة فعّالة، والخادم المركزي يتعرّف على الأعضاء من خلال بطاقاتهم.</translation>
    </message>
    <message>
        <source>The central server has not named this desk's branch yet. Choose the sale from the member's recent sales.</source>
        <translation>لم يحدّد الخادم المركزي فرع هذا المكتب بعد. اختر عملية البيع من المبيعات الأخيرة للعضو.</translation>
    </message>
    <message>
        <source>This sale is not in the outbox.</source>
        <translation>عملية البيع هذه ليست في صندوق الصادر.</translation>
    </message>
    <message>
        <source>The server refused this sale, so it cannot be returned. A manager sees it among the sync conflicts.</source>
        <translation>رفض الخادم عملية البيع هذه، لذلك لا يمكن إرجاعها. سيجدها مدير المتجر ضمن تعارضات المزامنة.</translation>
    </message>
    <message>
        <source>Choose how many of each item come back.</source>
        <translation>حدّد الكمية المرتجعة من كل صنف.</translation>
    </message>
    <message>
        <source>%1 is not in the gift catalog.</source>
        <translation>%1 غير موجود في كتالوج الهدايا.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>أدخل مبلغًا أكبر من صفر.</translation>
    </message>
    <message>
        <source>Enter the number of points.</source>
        <translation>أدخل عدد النقاط.</translation>
    </message>
    <message>
        <source>The card's PIN is needed for this.</source>
        <translation>يلزم الرمز السري للبطاقة لهذه العملية.</translation>
    </message>
    <message>
        <source>The central server cannot be reached, and it keeps what members owe. Take the payment when it answers again.</source>
        <translation>لا يمكن الوصول إلى الخادم المركزي، وهو الذي يحفظ ديون الأعضاء. استلم الدفعة عندما يستجيب مجددًا.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CreditService</name>
    <message>
        <source>Choose between 1 and 120 installments.</source>
        <translation>اختر عددًا من الأقساط بين ١ و١٢٠.</translation>
    </message>
    <message>
        <source>Choose the first due date.</source>
        <translation>اختر تاريخ استحقاق القسط الأول.</translation>
    </message>
    <message>
        <source>The installment plan was not found.</source>
        <translation>لم يتم العثور على خطة التقسيط.</translation>
    </message>
    <message>
        <source>This sale put nothing on this member's credit.</source>
        <translation>لم يُحمَّل أي مبلغ من عملية البيع هذه على ائتمان هذا العضو.</translation>
    </message>
    <message>
        <source>This sale is already paid in installments.</source>
        <translation>عملية البيع هذه مدفوعة بالتقسيط بالفعل.</translation>
    </message>
    <message>
        <source>Enter a positive amount.</source>
        <translation>أدخل مبلغًا أكبر من صفر.</translation>
    </message>
    <message>
        <source>The amount is too small for this many installments.</source>
        <translation>المبلغ صغير جدًا بالنسبة لهذا العدد من الأقساط.</translation>
    </message>
    <message>
        <source>The member owes %1 that is not yet in installments; a plan cannot be for more.</source>
        <translation>على العضو مبلغ مستحق قدره %1 لم يُقسَّط بعد؛ ولا يمكن أن تتجاوز خطة التقسيط هذا المبلغ.</translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not recorded.</source>
        <translation>تعذّر تحديد العملية، لذلك لم يتم تسجيلها.</translation>
    </message>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation>لا يمكن أن يكون حد الائتمان سالبًا.</translation>
    </message>
    <message>
        <source>Choose a member or a card type.</source>
        <translation>اختر عضوًا أو نوع بطاقة.</translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation>اختر فترة يكون تاريخ نهايتها بعد تاريخ بدايتها.</translation>
    </message>
    <message>
        <source>Nothing is owed. Nothing was recorded.</source>
        <translation>لا يوجد مبلغ مستحق. لم يتم تسجيل أي شيء.</translation>
    </message>
    <message>
        <source>The payment is more than the %1 owed. Nothing was recorded.</source>
        <translation>الدفعة أكبر من المبلغ المستحق (%1). لم يتم تسجيل أي شيء.</translation>
    </message>
    <message>
        <source>Choose the date to age the debts on.</source>
        <translation>اختر التاريخ الذي تُحسب على أساسه أعمار الديون.</translation>
    </message>
    <message>
        <source>Only an active gift card can be charged.</source>
        <translation>لا يمكن شحن بطاقة الهدية إلا إذا كانت نشطة.</translation>
    </message>
    <message>
        <source>The charge is already being recorded. Try again.</source>
        <translation>جارٍ تسجيل الشحن بالفعل. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>This gift card charge was already returned.</source>
        <translation>تم إرجاع شحن بطاقة الهدية هذا من قبل.</translation>
    </message>
    <message>
        <source>%1 of this gift card's value has already been spent, so the card cannot be returned.</source>
        <translation>تم إنفاق %1 من قيمة بطاقة الهدية هذه، لذلك لا يمكن إرجاع البطاقة.</translation>
    </message>
    <message>
        <source>The return is already being recorded. Try again.</source>
        <translation>جارٍ تسجيل الإرجاع بالفعل. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation>أدخل عددًا من النقاط أكبر من صفر.</translation>
    </message>
    <message>
        <source>Buying points is turned off.</source>
        <translation>شراء النقاط غير مفعّل.</translation>
    </message>
    <message>
        <source>That is too many points.</source>
        <translation>عدد النقاط كبير جدًا.</translation>
    </message>
    <message>
        <source>This card's value was given by the club as a promotion, so no money is paid back for it. Block the card instead.</source>
        <translation>منح النادي قيمة هذه البطاقة كعرض ترويجي، لذلك لا يُعاد أي مبلغ مقابلها. أوقف البطاقة بدلًا من ذلك.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CsvReader</name>
    <message>
        <source>This file's text encoding cannot be read on this computer.</source>
        <translation>لا يمكن قراءة ترميز نص هذا الملف على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>This file is neither UTF-8 nor Windows-1256 text. Save it from Excel as "CSV UTF-8" and try again.</source>
        <translation>هذا الملف ليس نصًا بترميز UTF-8 ولا Windows-1256. احفظه من Excel بصيغة "CSV UTF-8" وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This file says it is UTF-8 but holds bytes that are not. Save it again as "CSV UTF-8".</source>
        <translation>يذكر هذا الملف أنه بترميز UTF-8 لكنه يحتوي على بايتات غير صالحة فيه. احفظه مرة أخرى بصيغة "CSV UTF-8".</translation>
    </message>
    <message>
        <source>Out of memory reading the file.</source>
        <translation>نفدت الذاكرة أثناء قراءة الملف.</translation>
    </message>
    <message>
        <source>This file could not be read as CSV.</source>
        <translation>تعذّرت قراءة هذا الملف بصيغة CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
</context>
<context>
    <name>Club::Core::DonationService</name>
    <message>
        <source>Enter the charity's name.</source>
        <translation>أدخل اسم الجمعية الخيرية.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>يجب ألا يزيد الاسم على %1 حرفًا.</translation>
    </message>
    <message>
        <source>There is already a charity named %1.</source>
        <translation>توجد بالفعل جمعية خيرية باسم %1.</translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not recorded.</source>
        <translation>تعذّر تحديد العملية، لذلك لم يتم تسجيلها.</translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation>أدخل عددًا موجبًا من النقاط.</translation>
    </message>
    <message>
        <source>%1 no longer takes donations.</source>
        <translation>لم تعد %1 تقبل التبرعات.</translation>
    </message>
    <message>
        <source>This card cannot be used for this member.</source>
        <translation>لا يمكن استخدام هذه البطاقة لهذا العضو.</translation>
    </message>
    <message>
        <source>Enter the card's PIN to spend points.</source>
        <translation>أدخل الرمز السري للبطاقة لاستخدام النقاط.</translation>
    </message>
    <message>
        <source>Present the card whose PIN was entered.</source>
        <translation>قدّم البطاقة التي أُدخل رمزها السري.</translation>
    </message>
    <message>
        <source>That is too many points.</source>
        <translation>عدد النقاط كبير جدًا.</translation>
    </message>
    <message>
        <source>The donation is already being recorded. Try again.</source>
        <translation>جارٍ تسجيل التبرع بالفعل. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Donations by charity</source>
        <translation>التبرعات حسب الجمعية الخيرية</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>الجمعية الخيرية</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>التبرعات</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>Club::Core::InventoryService</name>
    <message>
        <source>The count sheet was not found.</source>
        <translation>لم يتم العثور على ورقة الجرد.</translation>
    </message>
    <message>
        <source>This warehouse already has an open count sheet.</source>
        <translation>يوجد لهذا المستودع ورقة جرد مفتوحة بالفعل.</translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation>لا يمكن أن تكون الكمية المجرودة سالبة.</translation>
    </message>
    <message>
        <source>This count sheet is already posted.</source>
        <translation>تم ترحيل ورقة الجرد هذه بالفعل.</translation>
    </message>
    <message>
        <source>This product is not on the count sheet.</source>
        <translation>هذا المنتج غير موجود في ورقة الجرد.</translation>
    </message>
    <message>
        <source>The warehouse was not found.</source>
        <translation>لم يتم العثور على المستودع.</translation>
    </message>
    <message>
        <source>Enter a name for the warehouse.</source>
        <translation>أدخل اسمًا للمستودع.</translation>
    </message>
    <message>
        <source>This branch already has a warehouse with this name.</source>
        <translation>يوجد في هذا الفرع مستودع بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation>لم يتم العثور على المنتج.</translation>
    </message>
    <message>
        <source>This product does not keep stock.</source>
        <translation>لا يُتابَع المخزون لهذا المنتج.</translation>
    </message>
    <message>
        <source>There is not enough stock for this movement.</source>
        <translation>لا يوجد مخزون كافٍ لهذه الحركة.</translation>
    </message>
    <message>
        <source>Received and returned quantities must be above zero.</source>
        <translation>يجب أن تكون الكميات المستلمة والمرتجعة أكبر من صفر.</translation>
    </message>
    <message>
        <source>Goods going out are entered as a negative quantity.</source>
        <translation>تُدخَل البضائع الصادرة بكمية سالبة.</translation>
    </message>
    <message>
        <source>Enter how many units the adjustment adds or removes.</source>
        <translation>أدخل عدد الوحدات التي تضيفها التسوية أو تخصمها.</translation>
    </message>
    <message>
        <source>Enter the reason for this adjustment.</source>
        <translation>أدخل سبب هذه التسوية.</translation>
    </message>
    <message>
        <source>This kind of movement cannot be entered by hand.</source>
        <translation>لا يمكن إدخال هذا النوع من الحركات يدويًا.</translation>
    </message>
    <message>
        <source>Enter how many units to transfer.</source>
        <translation>أدخل عدد الوحدات المراد تحويلها.</translation>
    </message>
    <message>
        <source>Choose two different warehouses.</source>
        <translation>اختر مستودعين مختلفين.</translation>
    </message>
    <message>
        <source>The low-stock threshold cannot be negative.</source>
        <translation>لا يمكن أن يكون حد انخفاض المخزون سالبًا.</translation>
    </message>
</context>
<context>
    <name>Club::Core::LedgerService</name>
    <message>
        <source>The transaction was not found.</source>
        <translation>لم يتم العثور على المعاملة.</translation>
    </message>
    <message>
        <source>The expiry must be later than the time the points can be used.</source>
        <translation>يجب أن يكون انتهاء الصلاحية بعد الوقت الذي تصبح فيه النقاط قابلة للاستخدام.</translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not posted.</source>
        <translation>تعذّر التعرّف على العملية، لذلك لم تُسجَّل.</translation>
    </message>
    <message>
        <source>The operation is already being posted. Try again.</source>
        <translation>هذه العملية قيد التسجيل بالفعل. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation>أدخل عددًا موجبًا من النقاط.</translation>
    </message>
    <message>
        <source>Enter the number of points to add or take away.</source>
        <translation>أدخل عدد النقاط المراد إضافتها أو خصمها.</translation>
    </message>
    <message>
        <source>Enter the reason for the adjustment.</source>
        <translation>أدخل سبب التسوية.</translation>
    </message>
    <message>
        <source>Points cannot be moved to the account they are in.</source>
        <translation>لا يمكن تحويل النقاط إلى الحساب الموجودة فيه أصلًا.</translation>
    </message>
    <message>
        <source>Choose the time up to which points expire.</source>
        <translation>اختر الحد الزمني الذي تنتهي قبله صلاحية النقاط.</translation>
    </message>
    <message>
        <source>Points cannot be expired ahead of time.</source>
        <translation>لا يمكن إنهاء صلاحية النقاط قبل موعدها.</translation>
    </message>
    <message>
        <source>The points changed while they were being expired. Nothing was posted; run the expiry again.</source>
        <translation>تغيّرت النقاط أثناء إنهاء صلاحيتها. لم يُسجَّل شيء؛ شغّل إنهاء الصلاحية مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter a positive amount.</source>
        <translation>أدخل مبلغًا موجبًا.</translation>
    </message>
    <message>
        <source>member account %1, %2</source>
        <translation>حساب العضو %1، %2</translation>
    </message>
    <message>
        <source>Transaction %1 does not balance: its points entries sum to %2.</source>
        <translation>المعاملة %1 غير متوازنة: مجموع قيود النقاط فيها %2.</translation>
    </message>
    <message>
        <source>Transaction %1 does not balance: its money entries sum to %2.</source>
        <translation>المعاملة %1 غير متوازنة: مجموع القيود المالية فيها %2.</translation>
    </message>
    <message>
        <source>Transaction %1 has no entries.</source>
        <translation>المعاملة %1 لا تحتوي على أي قيود.</translation>
    </message>
    <message>
        <source>Entry %1 of transaction %2 is in another unit than its account (%3).</source>
        <translation>القيد %1 من المعاملة %2 بوحدة تختلف عن وحدة حسابه (%3).</translation>
    </message>
    <message>
        <source>Account %1 shows a balance of %2, but its entries sum to %3.</source>
        <translation>الحساب %1 يُظهر رصيدًا قدره %2، لكن مجموع قيوده %3.</translation>
    </message>
    <message>
        <source>Account %1 is below zero (%2) although it may not go negative.</source>
        <translation>الحساب %1 أقل من الصفر (%2) مع أنه لا يجوز أن يكون سالبًا.</translation>
    </message>
    <message>
        <source>Points lot %1 shows %2 of %3 points remaining, but its entries sum to %4.</source>
        <translation>دفعة النقاط %1 تُظهر أن المتبقي منها %2 من أصل %3 نقطة، لكن مجموع قيودها %4.</translation>
    </message>
    <message>
        <source>Entry %1 draws on points lot %2 of another account.</source>
        <translation>القيد %1 يسحب من دفعة النقاط %2 التابعة لحساب آخر.</translation>
    </message>
    <message>
        <source>Member account %1 has %2 points, but its points lots hold %3.</source>
        <translation>رصيد نقاط حساب العضو %1 هو %2، لكن دفعات نقاطه تحتوي على %3.</translation>
    </message>
    <message>
        <source>The points changed during this operation. Nothing was posted; try again.</source>
        <translation>تغيّرت النقاط أثناء هذه العملية. لم يُسجَّل أي شيء؛ يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter the reason for the void.</source>
        <translation>أدخل سبب الإلغاء.</translation>
    </message>
    <message>
        <source>A void or an expiry cannot be voided.</source>
        <translation>لا يمكن إلغاء عملية إلغاء أو انتهاء صلاحية.</translation>
    </message>
    <message>
        <source>Only a transaction of today can be voided. Record a return or an adjustment instead.</source>
        <translation>لا يمكن إلغاء إلا معاملة اليوم. سجّل مرتجعًا أو تسوية بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This transaction has already been voided.</source>
        <translation>تم إلغاء هذه المعاملة من قبل.</translation>
    </message>
    <message>
        <source>The points this transaction gave have been used since, so it cannot be voided.</source>
        <translation>استُخدمت النقاط التي منحتها هذه المعاملة منذ ذلك الحين، لذلك لا يمكن إلغاؤها.</translation>
    </message>
    <message>
        <source>Some of the points this transaction used have expired since, so it cannot be voided.</source>
        <translation>انتهت صلاحية بعض النقاط التي استخدمتها هذه المعاملة منذ ذلك الحين، لذلك لا يمكن إلغاؤها.</translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation>تعذّر على قاعدة البيانات إكمال العملية. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The money this transaction added has been used since, so it cannot be voided.</source>
        <translation>استُخدم المبلغ الذي أضافته هذه المعاملة منذ ذلك الحين، لذلك لا يمكن إلغاؤها.</translation>
    </message>
</context>
<context>
    <name>Club::Core::LotteryService</name>
    <message>
        <source>Give the lottery a name.</source>
        <translation>أدخل اسمًا للسحب.</translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation>اختر فترة يكون تاريخ نهايتها بعد تاريخ بدايتها.</translation>
    </message>
    <message>
        <source>Ticket rules cannot be negative.</source>
        <translation>لا يمكن أن تكون قواعد التذاكر سالبة.</translation>
    </message>
    <message>
        <source>Say how members earn tickets: per points, per amount spent or per purchase.</source>
        <translation>حدّد كيف يكسب الأعضاء التذاكر: حسب النقاط، أو حسب المبلغ المُنفَق، أو حسب عدد المشتريات.</translation>
    </message>
    <message>
        <source>A lottery needs at least one winner.</source>
        <translation>يحتاج السحب إلى فائز واحد على الأقل.</translation>
    </message>
    <message>
        <source>Prize points cannot be negative.</source>
        <translation>لا يمكن أن تكون نقاط الجائزة سالبة.</translation>
    </message>
    <message>
        <source>%1 is not in the gift catalog.</source>
        <translation>%1 غير موجود في كتالوج الهدايا.</translation>
    </message>
    <message>
        <source>Choose a prize: points, a gift, or both.</source>
        <translation>اختر جائزة: نقاطًا، أو هدية، أو كليهما.</translation>
    </message>
    <message>
        <source>The random number source could not start.</source>
        <translation>تعذّر تشغيل مصدر الأرقام العشوائية.</translation>
    </message>
    <message>
        <source>A seed is 64 hexadecimal digits (0-9, a-f).</source>
        <translation>تتكون البذرة من ٦٤ خانة ست عشرية (0-9، a-f).</translation>
    </message>
    <message>
        <source>The entries of this lottery are already frozen.</source>
        <translation>تم تجميد مشاركات هذا السحب بالفعل.</translation>
    </message>
    <message>
        <source>No member has a ticket in this lottery's period yet.</source>
        <translation>لا يملك أي عضو تذكرة في فترة هذا السحب حتى الآن.</translation>
    </message>
    <message>
        <source>This lottery has already been drawn; a draw runs only once.</source>
        <translation>تم إجراء هذا السحب بالفعل؛ لا يُجرى السحب إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>Freeze the entries before the draw.</source>
        <translation>جمّد المشاركات قبل إجراء السحب.</translation>
    </message>
    <message>
        <source>This lottery has not been drawn yet.</source>
        <translation>لم يُجرَ هذا السحب بعد.</translation>
    </message>
    <message>
        <source>This lottery has no message for its winners.</source>
        <translation>لا توجد رسالة لفائزي هذا السحب.</translation>
    </message>
    <message>
        <source>Email is not set up (Messaging settings).</source>
        <translation>البريد الإلكتروني غير مُعدّ (إعدادات المراسلات).</translation>
    </message>
    <message>
        <source>SMS is not set up (Messaging settings).</source>
        <translation>الرسائل القصيرة SMS غير مُعدّة (إعدادات المراسلات).</translation>
    </message>
</context>
<context>
    <name>Club::Core::MemberService</name>
    <message>
        <source>A member cannot join their own family.</source>
        <translation>لا يمكن للعضو أن ينضم إلى عائلته هو.</translation>
    </message>
    <message>
        <source>Both members must be active to join a family.</source>
        <translation>يجب أن يكون العضوان نشطين للانضمام إلى عائلة.</translation>
    </message>
    <message>
        <source>These members are already in the same family.</source>
        <translation>هذان العضوان في العائلة نفسها بالفعل.</translation>
    </message>
    <message>
        <source>This member is the head of a family with other members. Take the other members out of it first.</source>
        <translation>هذا العضو هو رب عائلة تضم أعضاء آخرين. أخرج الأعضاء الآخرين منها أولًا.</translation>
    </message>
    <message>
        <source>This member already belongs to another family. Take them out of it first.</source>
        <translation>هذا العضو ينتمي بالفعل إلى عائلة أخرى. أخرجه منها أولًا.</translation>
    </message>
    <message>
        <source>This member's account holds stored value or credit. Settle it before joining a family.</source>
        <translation>يحتوي حساب هذا العضو على رصيد هدايا أو رصيد ائتمان. قم بتسويته قبل الانضمام إلى عائلة.</translation>
    </message>
    <message>
        <source>This member's points balance is negative. Settle it before joining a family.</source>
        <translation>رصيد نقاط هذا العضو سالب. قم بتسويته قبل الانضمام إلى عائلة.</translation>
    </message>
    <message>
        <source>This member is not in a family.</source>
        <translation>هذا العضو ليس ضمن أي عائلة.</translation>
    </message>
    <message>
        <source>The head of a family cannot leave while other members remain.</source>
        <translation>لا يمكن لرب العائلة مغادرتها ما دام فيها أعضاء آخرون.</translation>
    </message>
    <message>
        <source>Enter the group's name.</source>
        <translation>أدخل اسم المجموعة.</translation>
    </message>
    <message>
        <source>A group with this name already exists.</source>
        <translation>توجد مجموعة بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists.</source>
        <translation>إحدى المجموعات المختارة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>A member with this national code is already registered.</source>
        <translation>يوجد عضو مسجّل بهذا الرقم الوطني بالفعل.</translation>
    </message>
    <message>
        <source>A member with this mobile number is already registered.</source>
        <translation>يوجد عضو مسجّل برقم الجوال هذا بالفعل.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>أدخل الاسم الأول.</translation>
    </message>
    <message>
        <source>The first name is too long.</source>
        <translation>الاسم الأول طويل جدًا.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>أدخل اسم العائلة.</translation>
    </message>
    <message>
        <source>The last name is too long.</source>
        <translation>اسم العائلة طويل جدًا.</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>أدخل رقم الجوال.</translation>
    </message>
    <message>
        <source>This is not a mobile number. Enter an Iranian mobile such as 0912 123 4567, or an international number starting with + or 00.</source>
        <translation>هذا ليس رقم جوال صحيحًا. أدخل رقم جوال إيرانيًا مثل ٠٩١٢ ١٢٣ ٤٥٦٧، أو رقمًا دوليًا يبدأ بـ + أو ٠٠.</translation>
    </message>
    <message>
        <source>This national code is not valid. Check its ten digits.</source>
        <translation>هذا الرقم الوطني غير صالح. يتكون الرقم الوطني الإيراني من عشرة أرقام؛ تحقّق منها.</translation>
    </message>
    <message>
        <source>This email address is not valid.</source>
        <translation>عنوان البريد الإلكتروني هذا غير صالح.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>The birth date must be after 1900.</source>
        <translation>يجب أن يكون تاريخ الميلاد بعد عام ١٩٠٠.</translation>
    </message>
    <message>
        <source>The marriage date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الزواج في المستقبل.</translation>
    </message>
    <message>
        <source>The marriage date cannot be before the birth date.</source>
        <translation>لا يمكن أن يكون تاريخ الزواج قبل تاريخ الميلاد.</translation>
    </message>
    <message>
        <source>The marriage date must be after 1900.</source>
        <translation>يجب أن يكون تاريخ الزواج بعد عام ١٩٠٠.</translation>
    </message>
    <message>
        <source>A member cannot be their own referrer.</source>
        <translation>لا يمكن أن يكون العضو مُحيلًا لنفسه.</translation>
    </message>
    <message>
        <source>The referring member was not found.</source>
        <translation>لم يتم العثور على العضو المُحيل.</translation>
    </message>
    <message>
        <source>The referring member has been deactivated.</source>
        <translation>تم تعطيل العضو المُحيل.</translation>
    </message>
    <message>
        <source>A member with this mobile number is already registered: %1.</source>
        <translation>يوجد عضو مسجّل برقم الجوال هذا بالفعل: %1.</translation>
    </message>
    <message>
        <source>A member with this national code is already registered: %1.</source>
        <translation>يوجد عضو مسجّل بهذا الرقم الوطني بالفعل: %1.</translation>
    </message>
    <message>
        <source>The member was not found.</source>
        <translation>لم يتم العثور على العضو.</translation>
    </message>
    <message>
        <source>Choose Persian, Arabic or English, or the store's language.</source>
        <translation>اختر الفارسية أو العربية أو الإنجليزية، أو لغة المتجر.</translation>
    </message>
</context>
<context>
    <name>Club::Core::MessagingSettingsStore</name>
    <message>
        <source>Choose Persian, Arabic or English for messages.</source>
        <translation>اختر الفارسية أو العربية أو الإنجليزية للرسائل.</translation>
    </message>
    <message>
        <source>The email server's port must be between 1 and 65535.</source>
        <translation>يجب أن يكون منفذ خادم البريد الإلكتروني بين ١ و٦٥٥٣٥.</translation>
    </message>
    <message>
        <source>Enter the sender's email address, such as club@example.com.</source>
        <translation>أدخل عنوان البريد الإلكتروني للمرسل، مثل club@example.com.</translation>
    </message>
    <message>
        <source>The time limit must be between 1 and 300 seconds.</source>
        <translation>يجب أن تكون المهلة بين ١ و٣٠٠ ثانية.</translation>
    </message>
    <message>
        <source>The SMS gateway address must start with http:// or https://.</source>
        <translation>يجب أن يبدأ عنوان بوابة SMS بـ http:// أو https://.</translation>
    </message>
    <message>
        <source>The SMS gateway's address or body must contain {message}.</source>
        <translation>يجب أن يحتوي عنوان بوابة SMS أو نص الطلب على {message}.</translation>
    </message>
    <message>
        <source>Choose the message to send on this occasion.</source>
        <translation>اختر الرسالة المراد إرسالها في هذه المناسبة.</translation>
    </message>
    <message>
        <source>The days ahead must be between 0 and 365.</source>
        <translation>يجب أن يكون عدد الأيام مقدمًا بين ٠ و٣٦٥.</translation>
    </message>
</context>
<context>
    <name>Club::Core::NetworkService</name>
    <message>
        <source>The item was not found.</source>
        <translation>لم يتم العثور على العنصر.</translation>
    </message>
    <message>
        <source>Enter the guild's name.</source>
        <translation>أدخل اسم فئة التجار.</translation>
    </message>
    <message>
        <source>A guild named %1 already exists.</source>
        <translation>توجد بالفعل فئة تجار باسم %1.</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>هذا المتجر</translation>
    </message>
    <message>
        <source>Enter the merchant's name.</source>
        <translation>أدخل اسم التاجر.</translation>
    </message>
    <message>
        <source>Choose the merchant's guild.</source>
        <translation>اختر فئة التجار التي ينتمي إليها التاجر.</translation>
    </message>
    <message>
        <source>The guild %1 is not active.</source>
        <translation>فئة التجار %1 غير نشطة.</translation>
    </message>
    <message>
        <source>The store's own merchant cannot be deactivated.</source>
        <translation>لا يمكن تعطيل التاجر الخاص بهذا المتجر.</translation>
    </message>
    <message>
        <source>A merchant named %1 already exists.</source>
        <translation>يوجد بالفعل تاجر باسم %1.</translation>
    </message>
    <message>
        <source>Enter the branch code.</source>
        <translation>أدخل رمز الفرع.</translation>
    </message>
    <message>
        <source>Enter the branch name.</source>
        <translation>أدخل اسم الفرع.</translation>
    </message>
    <message>
        <source>Choose the branch's merchant.</source>
        <translation>اختر التاجر الذي يتبع له الفرع.</translation>
    </message>
    <message>
        <source>The branch you are working at cannot be deactivated.</source>
        <translation>لا يمكن تعطيل الفرع الذي تعمل فيه.</translation>
    </message>
    <message>
        <source>A branch with the code %1 already exists.</source>
        <translation>يوجد بالفعل فرع بالرمز %1.</translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation>اختر فترة يكون تاريخ نهايتها بعد تاريخ بدايتها.</translation>
    </message>
    <message>
        <source>A period can be settled once it has ended.</source>
        <translation>لا يمكن تسوية فترة إلا بعد انتهائها.</translation>
    </message>
    <message>
        <source>Part of this period is already settled. Choose a period after the last settlement.</source>
        <translation>جزء من هذه الفترة تمت تسويته بالفعل. اختر فترة تبدأ بعد آخر تسوية.</translation>
    </message>
    <message>
        <source>Nothing is owed between merchants in this period.</source>
        <translation>لا توجد مبالغ مستحقة بين التجار في هذه الفترة.</translation>
    </message>
    <message>
        <source>Settlement between merchants</source>
        <translation>التسوية بين التجار</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>التاجر</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>مستحق عليه</translation>
    </message>
    <message>
        <source>Is owed</source>
        <translation>مستحق له</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
</context>
<context>
    <name>Club::Core::OccasionService</name>
    <message>
        <source>Only a message that failed can be tried again.</source>
        <translation>لا تمكن إعادة المحاولة إلا لرسالة فشل إرسالها.</translation>
    </message>
</context>
<context>
    <name>Club::Core::OrganisationService</name>
    <message>
        <source>This organisation is deactivated.</source>
        <translation>هذه المؤسسة معطّلة.</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation>اختر العمود الذي يحتوي على: %1.</translation>
    </message>
    <message>
        <source>The column chosen for %1 is not in the file.</source>
        <translation>العمود المختار لـ%1 غير موجود في الملف.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>يحتوي الملف على صف عناوين ولكن بلا صفوف بيانات.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>أُلغي الاستيراد. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>This row has %1 columns; the header has %2. A column is missing.</source>
        <translation>عدد أعمدة هذا الصف %1، بينما عدد أعمدة صف العناوين %2. هناك عمود ناقص.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 مفقود.</translation>
    </message>
    <message>
        <source>Birth date read as Jalali: %1 (%2 Gregorian).</source>
        <translation>قُرئ تاريخ الميلاد بالتقويم الهجري الشمسي: %1 (%2 ميلادي).</translation>
    </message>
    <message>
        <source>Birth date read as Gregorian: %1.</source>
        <translation>قُرئ تاريخ الميلاد بالتقويم الميلادي: %1.</translation>
    </message>
    <message>
        <source>The same mobile number is on row %1.</source>
        <translation>رقم الجوال نفسه موجود في الصف %1.</translation>
    </message>
    <message>
        <source>The national code %1 is not valid: its check digit does not match.</source>
        <translation>الرقم الوطني %1 غير صالح: رقم التحقق الخاص به غير مطابق.</translation>
    </message>
    <message>
        <source>The same national code is on row %1.</source>
        <translation>الرقم الوطني نفسه موجود في الصف %1.</translation>
    </message>
    <message>
        <source>The row has no name and no mobile number.</source>
        <translation>لا يحتوي الصف على اسم ولا على رقم جوال.</translation>
    </message>
    <message>
        <source>This file mixes Jalali and Gregorian dates; each row says how its date was read.</source>
        <translation>يخلط هذا الملف بين التواريخ الهجرية الشمسية والميلادية؛ يوضّح كل صف كيف قُرئ تاريخه.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>الصف %1: %2 لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Enter the organisation's name.</source>
        <translation>أدخل اسم المؤسسة.</translation>
    </message>
    <message>
        <source>The organisation's name is too long.</source>
        <translation>اسم المؤسسة طويل جدًا.</translation>
    </message>
    <message>
        <source>This email address is not valid.</source>
        <translation>عنوان البريد الإلكتروني هذا غير صالح.</translation>
    </message>
    <message>
        <source>An organisation with this name already exists.</source>
        <translation>توجد بالفعل مؤسسة بهذا الاسم.</translation>
    </message>
    <message>
        <source>This member already belongs to the organisation.</source>
        <translation>هذا العضو ينتمي إلى المؤسسة بالفعل.</translation>
    </message>
    <message>
        <source>This member does not belong to the organisation.</source>
        <translation>هذا العضو لا ينتمي إلى المؤسسة.</translation>
    </message>
    <message>
        <source>Left organisation %1</source>
        <translation>غادر المؤسسة %1</translation>
    </message>
    <message>
        <source>Funded by organisation %1</source>
        <translation>مموَّل من المؤسسة %1</translation>
    </message>
    <message>
        <source>Funding by organisation %1 ended</source>
        <translation>انتهى التمويل من المؤسسة %1</translation>
    </message>
    <message>
        <source>The language "%1" is not one of Persian, Arabic or English.</source>
        <translation>اللغة «%1» ليست الفارسية ولا العربية ولا الإنجليزية.</translation>
    </message>
</context>
<context>
    <name>Club::Core::Outbox</name>
    <message>
        <source>The sale cannot be kept for later: it is incomplete.</source>
        <translation>لا يمكن حفظ عملية البيع لإرسالها لاحقًا: فهي غير مكتملة.</translation>
    </message>
    <message>
        <source>This sale is not in the outbox.</source>
        <translation>عملية البيع هذه ليست في صندوق الصادر.</translation>
    </message>
    <message>
        <source>Write what was done about this sale.</source>
        <translation>اكتب ما تم اتخاذه بشأن عملية البيع هذه.</translation>
    </message>
    <message>
        <source>This sale has already been dealt with.</source>
        <translation>تمت معالجة عملية البيع هذه بالفعل.</translation>
    </message>
    <message>
        <source>The server cannot be reached: points and stored value can only be spent offline with the member's card.</source>
        <translation>تعذّر الوصول إلى الخادم: لا يمكن استخدام النقاط ورصيد الهدايا دون اتصال إلا ببطاقة العضو.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this card may spend only %1 more points offline. Redeem fewer points or wait for the connection.</source>
        <extracomment>%1 how many points this card may still spend while the server cannot be reached</extracomment>
        <translation>تعذّر الوصول إلى الخادم، ولا يمكن لهذه البطاقة أن تستخدم دون اتصال سوى %1 نقطة إضافية. استبدل عددًا أقل من النقاط أو انتظر عودة الاتصال.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this card may spend only %1 more of its stored value offline. Pay the rest another way or wait for the connection.</source>
        <translation>تعذّر الوصول إلى الخادم، ولا يمكن لهذه البطاقة أن تستخدم دون اتصال من رصيد الهدايا سوى مبلغ %1 إضافي. ادفع الباقي بطريقة أخرى أو انتظر عودة الاتصال.</translation>
    </message>
</context>
<context>
    <name>Club::Core::OutboxWorker</name>
    <message>
        <source>The sale this return belongs to was refused by the server, so the return was not sent either.</source>
        <translation>رفض الخادم عملية البيع التي يتبع لها هذا المرتجع، لذلك لم يُرسَل المرتجع أيضًا.</translation>
    </message>
    <message>
        <source>The member of this card was refused by the central server, so the card was not sent either.</source>
        <translation>رفض الخادم المركزي عضو هذه البطاقة، لذلك لم تُرسل البطاقة أيضًا.</translation>
    </message>
    <message>
        <source>This card was refused by the central server, so its block or unblock was not sent either.</source>
        <translation>رفض الخادم المركزي هذه البطاقة، لذلك لم يُرسل إيقافها أو إلغاء إيقافها أيضًا.</translation>
    </message>
</context>
<context>
    <name>Club::Core::ReportService</name>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>مجموعة المنتجات</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>الإيصالات</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>الخصومات</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>صافي المبيعات</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>Net after returns</source>
        <translation>الصافي بعد المرتجعات</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>بدون مجموعة</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تم الإصدار</translation>
    </message>
    <message>
        <source>Taken back by returns</source>
        <translation>المستردة بالمرتجعات</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>المستبدلة</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>المعدّلة</translation>
    </message>
    <message>
        <source>Of the issued, still pending</source>
        <translation>من المُصدَرة: لا تزال معلّقة</translation>
    </message>
    <message>
        <source>Change in the period</source>
        <translation>التغيّر خلال الفترة</translation>
    </message>
    <message>
        <source>Points held at the end</source>
        <translation>رصيد النقاط في النهاية</translation>
    </message>
    <message>
        <source>Point value</source>
        <translation>قيمة النقطة</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>الالتزامات</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>المستحق</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>غير مستحق بعد</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>١–٣٠ يومًا</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>٣١–٦٠ يومًا</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>٦١–٩٠ يومًا</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>أكثر من ٩٠ يومًا</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>الأعضاء الجدد</translation>
    </message>
    <message>
        <source>Members at the end</source>
        <translation>الأعضاء في النهاية</translation>
    </message>
    <message>
        <source>Members who bought</source>
        <translation>الأعضاء الذين اشتروا</translation>
    </message>
    <message>
        <source>Share who bought</source>
        <translation>نسبة من اشتروا</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Members now</source>
        <translation>الأعضاء حاليًا</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Moved up into it</source>
        <translation>انتقلوا إليه صعودًا</translation>
    </message>
    <message>
        <source>Moved down into it</source>
        <translation>انتقلوا إليه هبوطًا</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع البطاقة</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>مستبدلة</translation>
    </message>
    <message>
        <source>Blocked: lost</source>
        <translation>موقوفة: مفقودة</translation>
    </message>
    <message>
        <source>Blocked: stolen</source>
        <translation>موقوفة: مسروقة</translation>
    </message>
    <message>
        <source>Blocked: damaged</source>
        <translation>موقوفة: تالفة</translation>
    </message>
    <message>
        <source>Blocked: other</source>
        <translation>موقوفة: أخرى</translation>
    </message>
    <message>
        <source>Sales by period, branch and product group</source>
        <translation>المبيعات حسب الفترة والفرع ومجموعة المنتجات</translation>
    </message>
    <message>
        <source>Receipts, quantities, gross, discounts and net sales, less returns, for each period, branch and product group.</source>
        <translation>الإيصالات والكميات والإجمالي والخصومات وصافي المبيعات، مطروحًا منها المرتجعات، لكل فترة وفرع ومجموعة منتجات.</translation>
    </message>
    <message>
        <source>Points issued, redeemed and expired</source>
        <translation>النقاط المُصدَرة والمستبدلة ومنتهية الصلاحية</translation>
    </message>
    <message>
        <source>Points given, taken back by returns, redeemed, expired and adjusted in each period, and of the points given, those still pending.</source>
        <translation>النقاط الممنوحة والمستردة بالمرتجعات والمستبدلة ومنتهية الصلاحية والمعدّلة في كل فترة، ومن النقاط الممنوحة ما لا يزال معلّقًا.</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>التزامات النقاط</translation>
    </message>
    <message>
        <source>Points members hold at the end of each period and what they are worth at today's point value.</source>
        <translation>النقاط التي يحتفظ بها الأعضاء في نهاية كل فترة وقيمتها حسب قيمة النقطة اليوم.</translation>
    </message>
    <message>
        <source>Debts and aging</source>
        <translation>الديون وأعمارها</translation>
    </message>
    <message>
        <source>What members owe on the last day of the range, by days past due.</source>
        <translation>ما على الأعضاء من مبالغ مستحقة في آخر يوم من النطاق، حسب عدد أيام التأخر عن الاستحقاق.</translation>
    </message>
    <message>
        <source>Member growth and active members</source>
        <translation>نمو الأعضاء والأعضاء النشطون</translation>
    </message>
    <message>
        <source>New members, members in all and members who bought something, in each period.</source>
        <translation>الأعضاء الجدد وإجمالي الأعضاء والأعضاء الذين اشتروا شيئًا، في كل فترة.</translation>
    </message>
    <message>
        <source>Tier distribution and movements</source>
        <translation>توزيع المستويات والتنقلات بينها</translation>
    </message>
    <message>
        <source>Members in each tier now, and members who moved up or down into each tier in the range.</source>
        <translation>الأعضاء في كل مستوى حاليًا، والأعضاء الذين انتقلوا صعودًا أو هبوطًا إلى كل مستوى خلال النطاق.</translation>
    </message>
    <message>
        <source>Card issuance</source>
        <translation>إصدار البطاقات</translation>
    </message>
    <message>
        <source>Cards issued, replaced and blocked (by reason) in each period, by card type.</source>
        <translation>البطاقات المُصدَرة والمستبدلة والموقوفة (حسب السبب) في كل فترة، حسب نوع البطاقة.</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the report.</source>
        <translation>اختر اليوم الأول واليوم الأخير للتقرير.</translation>
    </message>
    <message>
        <source>The first day of the report is after its last day.</source>
        <translation>اليوم الأول للتقرير يقع بعد يومه الأخير.</translation>
    </message>
    <message>
        <source>A report by day covers at most a year. Choose a shorter range or report by month.</source>
        <translation>يغطي التقرير اليومي سنة واحدة كحد أقصى. اختر نطاقًا أقصر أو اعرض التقرير حسب الشهر.</translation>
    </message>
    <message>
        <source>This report covers every branch; clear the branch.</source>
        <translation>يغطي هذا التقرير جميع الفروع؛ أزل اختيار الفرع.</translation>
    </message>
    <message>
        <source>This report cannot be narrowed by card type; clear it.</source>
        <translation>لا يمكن تضييق هذا التقرير حسب نوع البطاقة؛ أزل اختياره.</translation>
    </message>
    <message>
        <source>This report cannot be narrowed by member group; clear it.</source>
        <translation>لا يمكن تضييق هذا التقرير حسب مجموعة الأعضاء؛ أزل اختيارها.</translation>
    </message>
    <message>
        <source>This report cannot be narrowed by tier; clear it.</source>
        <translation>لا يمكن تضييق هذا التقرير حسب المستوى؛ أزل اختياره.</translation>
    </message>
    <message>
        <source>Champions</source>
        <extracomment>RFM segment: bought recently and often</extracomment>
        <translation>الأبطال</translation>
    </message>
    <message>
        <source>Loyal</source>
        <extracomment>RFM segment: buy often</extracomment>
        <translation>الأوفياء</translation>
    </message>
    <message>
        <source>Promising</source>
        <extracomment>RFM segment: bought recently, not yet often</extracomment>
        <translation>الواعدون</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>RFM segment: neither recent nor frequent</extracomment>
        <translation>بحاجة إلى اهتمام</translation>
    </message>
    <message>
        <source>At risk</source>
        <extracomment>RFM segment: bought often, but not lately</extracomment>
        <translation>معرّضون للفقدان</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>RFM segment: bought rarely and long ago</extracomment>
        <translation>مفقودون</translation>
    </message>
    <message>
        <source>%L1–%L2</source>
        <extracomment>a range of RFM scores, e.g. 4–5</extracomment>
        <translation>%L1–%L2</translation>
    </message>
    <message>
        <source>R %1, F %2</source>
        <extracomment>RFM scores: R(ecency) %1, F(requency) %2, e.g. "R 4–5, F 3"</extracomment>
        <translation>R %1، F %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>two score ranges of an RFM segment, either of which puts a member in it</extracomment>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>في البداية</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المستلَم</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>المباع</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>المرتجع</translation>
    </message>
    <message>
        <source>Given as gifts</source>
        <translation>المقدَّم كهدايا</translation>
    </message>
    <message>
        <source>Transferred in less out</source>
        <translation>صافي التحويل (الوارد ناقص الصادر)</translation>
    </message>
    <message>
        <source>Stock-taking difference</source>
        <translation>فرق الجرد</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>في النهاية</translation>
    </message>
    <message>
        <source>Selling price</source>
        <translation>سعر البيع</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>الوارد بالتحويل</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>الصادر بالتحويل</translation>
    </message>
    <message>
        <source>Missing at stock-taking</source>
        <translation>العجز في الجرد</translation>
    </message>
    <message>
        <source>Found at stock-taking</source>
        <translation>الزيادة في الجرد</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>تاريخ الترحيل</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>ورقة الجرد</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقَّع</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Value of the difference</source>
        <translation>قيمة الفرق</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>الدرجات</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>المُنفَق</translation>
    </message>
    <message>
        <source>Average spent per member</source>
        <translation>متوسط الإنفاق لكل عضو</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>الأيام منذ آخر شراء</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>درجة الحداثة</translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation>درجة التكرار</translation>
    </message>
    <message>
        <source>Monetary score</source>
        <translation>درجة القيمة النقدية</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>الهدية</translation>
    </message>
    <message>
        <source>Times given</source>
        <translation>مرات المنح</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>النقاط المستخدمة</translation>
    </message>
    <message>
        <source>Unknown gift</source>
        <translation>هدية غير معروفة</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Gifts given</source>
        <translation>الهدايا الممنوحة</translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation>البطاقات المُصدَرة</translation>
    </message>
    <message>
        <source>Cards blocked</source>
        <translation>البطاقات الموقوفة</translation>
    </message>
    <message>
        <source>Cards voided</source>
        <translation>البطاقات الملغاة</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>مرات تسجيل الدخول</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>محاولات الدخول الفاشلة</translation>
    </message>
    <message>
        <source>No operator</source>
        <translation>بلا مستخدم</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>العضو المُحيل</translation>
    </message>
    <message>
        <source>Joined in the range</source>
        <translation>المنضمّون خلال الفترة</translation>
    </message>
    <message>
        <source>Brought in, in all</source>
        <translation>إجمالي من أحالهم</translation>
    </message>
    <message>
        <source>Referral points</source>
        <translation>نقاط الإحالة</translation>
    </message>
    <message>
        <source>Of them, bought in the range</source>
        <translation>منهم من اشترى خلال الفترة</translation>
    </message>
    <message>
        <source>What they spent</source>
        <translation>ما أنفقوه</translation>
    </message>
    <message>
        <source>Stock and valuation</source>
        <translation>المخزون والتقييم</translation>
    </message>
    <message>
        <source>For each warehouse and product: stock at the start, what came in and went out by reason, stock at the end and its value at the selling price of the last day.</source>
        <translation>لكل مستودع ومنتج: المخزون في البداية، وما ورد وما صدر حسب السبب، والمخزون في النهاية وقيمته بسعر البيع في اليوم الأخير.</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>حركات المخزون</translation>
    </message>
    <message>
        <source>Units received, sold, returned, given as gifts, transferred, adjusted and corrected by stock-taking, in each period.</source>
        <translation>الوحدات المستلَمة والمباعة والمرتجعة والمقدَّمة كهدايا والمحوَّلة والمعدَّلة والمصحَّحة بالجرد، في كل فترة.</translation>
    </message>
    <message>
        <source>Stock-taking differences</source>
        <translation>فروق الجرد</translation>
    </message>
    <message>
        <source>Products whose count differed from the expected stock, on the count sheets posted in the range, and what the difference is worth.</source>
        <translation>المنتجات التي اختلف عددها عن المخزون المتوقَّع في أوراق الجرد المُرحَّلة خلال الفترة، وقيمة الفرق.</translation>
    </message>
    <message>
        <source>Customer segments (RFM)</source>
        <translation>شرائح العملاء (تحليل RFM)</translation>
    </message>
    <message>
        <source>Members who bought in the range, scored 1 to 5 on how recently, how often and how much they bought, grouped into segments.</source>
        <translation>الأعضاء الذين اشتروا خلال الفترة، مع درجات من ١ إلى ٥ حسب حداثة شرائهم وتكراره وقيمته، مجمّعين في شرائح.</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>أفضل العملاء</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln members who spent most in the range, with their scores and segment.</source>
        <translation>
            <numerusform>الأعضاء الأكثر إنفاقًا خلال الفترة (%Ln عضو)، مع درجاتهم وشرائحهم.</numerusform>
            <numerusform>الأعضاء الأكثر إنفاقًا خلال الفترة (%Ln عضو)، مع درجاتهم وشرائحهم.</numerusform>
            <numerusform>الأعضاء الأكثر إنفاقًا خلال الفترة (%Ln عضوان)، مع درجاتهم وشرائحهم.</numerusform>
            <numerusform>الأعضاء الأكثر إنفاقًا خلال الفترة (%Ln أعضاء)، مع درجاتهم وشرائحهم.</numerusform>
            <numerusform>الأعضاء الأكثر إنفاقًا خلال الفترة (%Ln عضوًا)، مع درجاتهم وشرائحهم.</numerusform>
            <numerusform>الأعضاء الأكثر إنفاقًا خلال الفترة (%Ln عضو)، مع درجاتهم وشرائحهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gift redemptions</source>
        <translation>استبدال الهدايا</translation>
    </message>
    <message>
        <source>Catalog gifts given for points in each period: how many, the points spent and the members who took them.</source>
        <translation>هدايا الكتالوج الممنوحة مقابل النقاط في كل فترة: عددها، والنقاط المستخدمة، والأعضاء الذين حصلوا عليها.</translation>
    </message>
    <message>
        <source>Operator activity</source>
        <translation>نشاط المستخدمين</translation>
    </message>
    <message>
        <source>What each operator did in each period: sales, returns, gifts, cards issued, blocked and voided, and logins.</source>
        <translation>ما قام به كل مستخدم في كل فترة: المبيعات والمرتجعات والهدايا والبطاقات المُصدَرة والموقوفة والملغاة، ومرات تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Members who brought others in: how many joined in the range and in all, the points they earned for it, and how many of those they brought bought something in the range and for how much.</source>
        <translation>الأعضاء الذين أحالوا آخرين: عدد من انضم خلال الفترة وإجمالًا، والنقاط التي كسبوها مقابل ذلك، وكم ممن أحالوهم اشترى شيئًا خلال الفترة وبأي مبلغ.</translation>
    </message>
    <message>
        <source>This report cannot be narrowed by product group; clear it.</source>
        <translation>لا يمكن تضييق هذا التقرير حسب مجموعة المنتجات؛ أزل هذا التحديد.</translation>
    </message>
    <message>
        <source>Promotion costs</source>
        <translation>تكاليف الترويج</translation>
    </message>
    <message>
        <source>Gift card value the club gave away: promotional pre-printed gift cards activated in each period, by card type, and the value they brought to members.</source>
        <translation>قيمة بطاقات الهدايا التي منحها النادي مجانًا: بطاقات الهدايا الترويجية المطبوعة مسبقًا التي فُعّلت في كل فترة، حسب نوع البطاقة، والقيمة التي قدّمتها للأعضاء.</translation>
    </message>
    <message>
        <source>Cards activated</source>
        <translation>البطاقات المفعّلة</translation>
    </message>
    <message>
        <source>Value given</source>
        <translation>القيمة الممنوحة</translation>
    </message>
</context>
<context>
    <name>Club::Core::RuleService</name>
    <message>
        <source>The rule was not found.</source>
        <translation>لم يتم العثور على القاعدة.</translation>
    </message>
    <message>
        <source>A rule cannot start in the past.</source>
        <translation>لا يمكن أن تبدأ القاعدة في الماضي.</translation>
    </message>
    <message>
        <source>A new version of a rule cannot start in the past.</source>
        <translation>لا يمكن أن يبدأ إصدار جديد من القاعدة في الماضي.</translation>
    </message>
    <message>
        <source>Only the latest version of a rule can be changed.</source>
        <translation>لا يمكن تغيير إلا أحدث إصدار من القاعدة.</translation>
    </message>
    <message>
        <source>The new version must start while the current version is in force, after its start.</source>
        <translation>يجب أن يبدأ الإصدار الجديد أثناء سريان الإصدار الحالي، وبعد تاريخ بدئه.</translation>
    </message>
    <message>
        <source>A rule cannot end in the past.</source>
        <translation>لا يمكن أن تنتهي القاعدة في الماضي.</translation>
    </message>
    <message>
        <source>The rule must end after it starts and before its current end.</source>
        <translation>يجب أن تنتهي القاعدة بعد بدئها وقبل تاريخ انتهائها الحالي.</translation>
    </message>
    <message>
        <source>The rule is limited to a guild that does not exist.</source>
        <translation>القاعدة مقصورة على فئة تجار غير موجودة.</translation>
    </message>
    <message>
        <source>The rule is limited to a merchant that does not exist.</source>
        <translation>القاعدة مقصورة على تاجر غير موجود.</translation>
    </message>
</context>
<context>
    <name>Club::Core::SalesService</name>
    <message>
        <source>Choose the items being returned.</source>
        <translation>اختر المنتجات المُرتجَعة.</translation>
    </message>
    <message>
        <source>Quantities must be above zero.</source>
        <translation>يجب أن تكون الكميات أكبر من صفر.</translation>
    </message>
    <message>
        <source>Each line of the sale can appear once in a return.</source>
        <translation>يمكن أن يظهر كل سطر من البيع مرة واحدة فقط في المرتجع.</translation>
    </message>
    <message>
        <source>Only %1 of this item can still be returned.</source>
        <translation>لا يمكن إرجاع أكثر من %1 من هذا المنتج.</translation>
    </message>
    <message>
        <source>A returned item is not on this sale.</source>
        <translation>أحد المنتجات المُرتجَعة ليس ضمن عملية البيع هذه.</translation>
    </message>
    <message>
        <source>A refund above %1 needs a manager. Nothing was recorded.</source>
        <translation>يحتاج الاسترداد الذي يتجاوز %1 إلى موافقة مدير المتجر. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation>تعذّر على قاعدة البيانات إكمال العملية. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>The return is already being recorded. Try again.</source>
        <translation>يجري تسجيل المرتجع بالفعل. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not in the gift catalog.</source>
        <translation>%1 غير موجود في كتالوج الهدايا.</translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not recorded.</source>
        <translation>تعذّر التعرّف على العملية، لذا لم تُسجَّل.</translation>
    </message>
    <message>
        <source>This branch has no warehouse, so stock cannot be moved. Nothing was recorded.</source>
        <translation>لا يوجد مستودع لهذا الفرع، لذا لا يمكن نقل المخزون. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>أضف منتجًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation>أدخل عددًا موجبًا من النقاط.</translation>
    </message>
    <message>
        <source>Points can only be redeemed by a member.</source>
        <translation>استبدال النقاط متاح للأعضاء فقط.</translation>
    </message>
    <message>
        <source>%1 is no longer sold.</source>
        <translation>لم يعد %1 متاحًا للبيع.</translation>
    </message>
    <message>
        <source>A discount cannot be negative or more than the line.</source>
        <translation>لا يمكن أن يكون الخصم سالبًا أو أكبر من قيمة السطر.</translation>
    </message>
    <message>
        <source>This member is not active.</source>
        <translation>هذا العضو غير نشط.</translation>
    </message>
    <message>
        <source>This card cannot be used for this member.</source>
        <translation>لا يمكن استخدام هذه البطاقة لهذا العضو.</translation>
    </message>
    <message>
        <source>The points are worth more than the bill. Redeem fewer points.</source>
        <translation>قيمة النقاط أكبر من مبلغ الفاتورة. استبدل عددًا أقل من النقاط.</translation>
    </message>
    <message>
        <source>Present the card whose PIN was entered.</source>
        <translation>قدّم البطاقة التي أُدخل رمزها السري.</translation>
    </message>
    <message>
        <source>The sale is already being recorded. Try again.</source>
        <translation>يجري تسجيل البيع بالفعل. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>No sale has this receipt number at this branch.</source>
        <translation>لا توجد عملية بيع برقم الإيصال هذا في هذا الفرع.</translation>
    </message>
    <message>
        <source>Enter a positive amount.</source>
        <translation>أدخل مبلغًا أكبر من صفر.</translation>
    </message>
    <message>
        <source>Only a member can pay with stored value or credit.</source>
        <translation>الدفع من رصيد الهدايا أو بالائتمان متاح للأعضاء فقط.</translation>
    </message>
    <message>
        <source>Present the member's card to pay with stored value or credit.</source>
        <translation>قدّم بطاقة العضو للدفع من رصيد الهدايا أو بالائتمان.</translation>
    </message>
    <message>
        <source>The stored value is %1; it cannot pay %2.</source>
        <translation>رصيد الهدايا %1، وهو لا يكفي لدفع %2.</translation>
    </message>
    <message>
        <source>Only %1 more can be put on this member's credit (limit %2).</source>
        <translation>لا يمكن إضافة أكثر من %1 إلى ائتمان هذا العضو (حد الائتمان %2).</translation>
    </message>
    <message>
        <source>Points, stored value and credit together are more than the bill.</source>
        <translation>مجموع النقاط ورصيد الهدايا والائتمان أكبر من قيمة الفاتورة.</translation>
    </message>
    <message>
        <source>Enter the card's PIN to pay with stored value or credit.</source>
        <translation>أدخل الرمز السري للبطاقة للدفع من رصيد الهدايا أو بالائتمان.</translation>
    </message>
    <message>
        <source>Enter the reason for the void.</source>
        <translation>أدخل سبب الإلغاء.</translation>
    </message>
    <message>
        <source>This transaction has already been voided.</source>
        <translation>تم إلغاء هذه المعاملة من قبل.</translation>
    </message>
    <message>
        <source>Items of this sale have been returned, so it cannot be voided. Return the rest instead.</source>
        <translation>أُرجعت أصناف من هذا البيع، لذلك لا يمكن إلغاؤه. سجّل إرجاع الباقي بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This transaction is not a gift.</source>
        <translation>هذه المعاملة ليست هدية.</translation>
    </message>
</context>
<context>
    <name>Club::Core::SalesSettingsStore</name>
    <message>
        <source>A redeemed point must be worth more than zero.</source>
        <translation>يجب أن تكون قيمة النقطة المستبدلة أكبر من صفر.</translation>
    </message>
    <message>
        <source>The return window must be between 0 and 365 days.</source>
        <translation>يجب أن تكون مهلة الإرجاع بين ٠ و٣٦٥ يومًا.</translation>
    </message>
    <message>
        <source>The staff refund limit cannot be negative.</source>
        <translation>لا يمكن أن يكون حد استرداد المبلغ للموظفين سالبًا.</translation>
    </message>
    <message>
        <source>The price of a point cannot be negative.</source>
        <translation>لا يمكن أن يكون سعر النقطة سالبًا.</translation>
    </message>
    <message>
        <source>Choose a known time zone, such as Asia/Tehran.</source>
        <translation>اختر منطقة زمنية معروفة، مثل Asia/Tehran.</translation>
    </message>
    <message>
        <source>The saved sales settings could not be read. Check them in Settings and save again.</source>
        <translation>تعذّرت قراءة إعدادات المبيعات المحفوظة. راجعها في الإعدادات ثم احفظها مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>The points lifetime must be between 0 and %Ln day(s).</source>
        <translation>
            <numerusform>يجب أن تكون مدة صلاحية النقاط بين ٠ و%Ln يوم.</numerusform>
            <numerusform>يجب أن تكون مدة صلاحية النقاط بين ٠ و%Ln يوم.</numerusform>
            <numerusform>يجب أن تكون مدة صلاحية النقاط بين ٠ و%Ln يومين.</numerusform>
            <numerusform>يجب أن تكون مدة صلاحية النقاط بين ٠ و%Ln أيام.</numerusform>
            <numerusform>يجب أن تكون مدة صلاحية النقاط بين ٠ و%Ln يومًا.</numerusform>
            <numerusform>يجب أن تكون مدة صلاحية النقاط بين ٠ و%Ln يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points must last longer than the return window (%Ln day(s)).</source>
        <translation>
            <numerusform>يجب أن تكون مدة صلاحية النقاط أطول من مهلة الإرجاع (%Ln يوم).</numerusform>
            <numerusform>يجب أن تكون مدة صلاحية النقاط أطول من مهلة الإرجاع (%Ln يوم).</numerusform>
            <numerusform>يجب أن تكون مدة صلاحية النقاط أطول من مهلة الإرجاع (%Ln يومان).</numerusform>
            <numerusform>يجب أن تكون مدة صلاحية النقاط أطول من مهلة الإرجاع (%Ln أيام).</numerusform>
            <numerusform>يجب أن تكون مدة صلاحية النقاط أطول من مهلة الإرجاع (%Ln يومًا).</numerusform>
            <numerusform>يجب أن تكون مدة صلاحية النقاط أطول من مهلة الإرجاع (%Ln يوم).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points must last at least as long as the return window (%Ln day(s)).</source>
        <translation>
            <numerusform>يجب ألا تقل مدة صلاحية النقاط عن مهلة الإرجاع (%Ln يوم).</numerusform>
            <numerusform>يجب ألا تقل مدة صلاحية النقاط عن مهلة الإرجاع (%Ln يوم).</numerusform>
            <numerusform>يجب ألا تقل مدة صلاحية النقاط عن مهلة الإرجاع (%Ln يومان).</numerusform>
            <numerusform>يجب ألا تقل مدة صلاحية النقاط عن مهلة الإرجاع (%Ln أيام).</numerusform>
            <numerusform>يجب ألا تقل مدة صلاحية النقاط عن مهلة الإرجاع (%Ln يومًا).</numerusform>
            <numerusform>يجب ألا تقل مدة صلاحية النقاط عن مهلة الإرجاع (%Ln يوم).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Core::SegmentQuery</name>
    <message>
        <source>A saved segment could not be read.</source>
        <translation>تعذّرت قراءة شريحة محفوظة.</translation>
    </message>
    <message>
        <source>A number of days must be between 0 and %1.</source>
        <translation>يجب أن يكون عدد الأيام بين ٠ و%1.</translation>
    </message>
    <message>
        <source>Birthdays can be looked for up to 365 days ahead.</source>
        <translation>يمكن البحث عن أعياد الميلاد حتى ٣٦٥ يومًا مقدمًا.</translation>
    </message>
    <message>
        <source>The points balance cannot be negative.</source>
        <translation>لا يمكن أن يكون رصيد النقاط سالبًا.</translation>
    </message>
    <message>
        <source>No member can have bought in the last %1 days without buying in the last %2 days. Choose a longer period for "bought within" or remove one of the two.</source>
        <translation>لا يمكن أن يكون عضو قد اشترى خلال آخر %1 يوم دون أن يشتري خلال آخر %2 يوم. اختر فترة أطول لشرط "اشترى خلال" أو احذف أحد الشرطين.</translation>
    </message>
    <message>
        <source>Choose the tiers by name.</source>
        <translation>اختر المستويات بأسمائها.</translation>
    </message>
</context>
<context>
    <name>Club::Core::SegmentService</name>
    <message>
        <source>Give the segment a name.</source>
        <translation>أدخل اسمًا للشريحة.</translation>
    </message>
    <message>
        <source>Another segment already has this name.</source>
        <translation>توجد شريحة أخرى بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
        <translation>لم تعد الشريحة موجودة.</translation>
    </message>
</context>
<context>
    <name>Club::Core::ServerClient</name>
    <message>
        <source>The central server cannot be reached.</source>
        <translation>تعذّر الوصول إلى الخادم المركزي.</translation>
    </message>
    <message>
        <source>The central server did not accept this user name and password.</source>
        <translation>لم يقبل الخادم المركزي اسم المستخدم وكلمة المرور هذين.</translation>
    </message>
    <message>
        <source>The session with the central server has ended. Log in again.</source>
        <translation>انتهت الجلسة مع الخادم المركزي. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The central server does not accept this desk. Check the terminal id and secret in Settings, or ask whether the terminal was disabled.</source>
        <translation>لا يقبل الخادم المركزي هذا المكتب. تحقق من معرّف الطرفية ورمزها السري في الإعدادات، أو استفسر عمّا إذا كانت الطرفية قد عُطّلت.</translation>
    </message>
    <message>
        <source>This computer's clock is too far from the central server's. Set the date and time and try again.</source>
        <translation>ساعة هذا الحاسوب بعيدة جدًا عن ساعة الخادم المركزي. اضبط التاريخ والوقت ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The central server refused a repeated request. Try again.</source>
        <translation>رفض الخادم المركزي طلبًا مكررًا. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your role does not allow this on the central server.</source>
        <translation>لا يسمح دورك بهذا الإجراء على الخادم المركزي.</translation>
    </message>
    <message>
        <source>The central server does not know this card, member, product or sale.</source>
        <translation>لا يعرف الخادم المركزي هذه البطاقة أو العضو أو المنتج أو عملية البيع.</translation>
    </message>
    <message>
        <source>The central server refused the request as incomplete or wrong.</source>
        <translation>رفض الخادم المركزي الطلب لأنه غير مكتمل أو غير صحيح.</translation>
    </message>
    <message>
        <source>The central server refused this: the record changed meanwhile.</source>
        <translation>رفض الخادم المركزي هذا الإجراء: فقد تغيّر السجل في هذه الأثناء.</translation>
    </message>
    <message>
        <source>The member does not have enough points for this.</source>
        <translation>ليس لدى العضو نقاط كافية لهذا الإجراء.</translation>
    </message>
    <message>
        <source>The stored value or the credit left does not cover this.</source>
        <translation>رصيد الهدايا أو الائتمان المتبقي لا يغطي هذا المبلغ.</translation>
    </message>
    <message>
        <source>This card cannot be used (blocked, replaced or not genuine).</source>
        <translation>لا يمكن استخدام هذه البطاقة (موقوفة أو مستبدلة أو غير أصلية).</translation>
    </message>
    <message>
        <source>The card's PIN is needed for this.</source>
        <translation>يلزم الرمز السري للبطاقة لهذا الإجراء.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>الرمز السري غير صحيح.</translation>
    </message>
    <message>
        <source>The card's PIN is locked after too many wrong tries. A manager can unlock it.</source>
        <translation>قُفل الرمز السري للبطاقة بعد محاولات خاطئة كثيرة. يمكن لمدير المتجر فتح القفل.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation>محاولات كثيرة جدًا. انتظر دقيقة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This sale was already sent with other contents. Start a new sale.</source>
        <translation>أُرسلت عملية البيع هذه من قبل بمحتويات مختلفة. ابدأ عملية بيع جديدة.</translation>
    </message>
    <message>
        <source>The central server could not do this (error %1).</source>
        <translation>تعذّر على الخادم المركزي تنفيذ هذا الإجراء (الخطأ %1).</translation>
    </message>
    <message>
        <source>Another card in the chain already has this number, so this card is not known to the central server. Block it here and issue the member a new card.</source>
        <translation>توجد بطاقة أخرى في السلسلة بالرقم نفسه، لذلك لا يعرف الخادم المركزي هذه البطاقة. أوقفها هنا وأصدر للعضو بطاقة جديدة.</translation>
    </message>
</context>
<context>
    <name>Club::Core::SurveyService</name>
    <message>
        <source>Give the survey a name.</source>
        <translation>أدخل اسمًا للاستبيان.</translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation>اختر فترة يكون تاريخ نهايتها بعد تاريخ بدايتها.</translation>
    </message>
    <message>
        <source>Points for answering cannot be negative.</source>
        <translation>لا يمكن أن تكون نقاط الإجابة سالبة.</translation>
    </message>
    <message>
        <source>A survey needs at least one question.</source>
        <translation>يحتاج الاستبيان إلى سؤال واحد على الأقل.</translation>
    </message>
    <message>
        <source>A short survey has at most 20 questions.</source>
        <translation>يحتوي الاستبيان القصير على ٢٠ سؤالًا على الأكثر.</translation>
    </message>
    <message>
        <source>The survey "%1" is not open now.</source>
        <translation>الاستبيان "%1" غير مفتوح الآن.</translation>
    </message>
    <message>
        <source>%1 is not an active member.</source>
        <translation>%1 ليس عضوًا نشطًا.</translation>
    </message>
    <message>
        <source>Rate "%1" from 1 to 5.</source>
        <translation>قيّم "%1" من ١ إلى ٥.</translation>
    </message>
    <message>
        <source>The answer to "%1" is too long.</source>
        <translation>الإجابة عن "%1" طويلة جدًا.</translation>
    </message>
    <message>
        <source>An answer is for a question that is not in this survey.</source>
        <translation>توجد إجابة عن سؤال غير موجود في هذا الاستبيان.</translation>
    </message>
    <message>
        <source>%1 has already answered the survey "%2"; a survey is answered once.</source>
        <translation>أجاب %1 بالفعل عن الاستبيان "%2"؛ لا يُجاب عن الاستبيان إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>The file has no answers: a header row, then one row per member.</source>
        <translation>لا يحتوي الملف على إجابات: يجب أن يبدأ بصف عناوين، ثم صف واحد لكل عضو.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln columns; the survey needs %1.</source>
        <translation>
            <numerusform>يحتوي الصف على %Ln عمود؛ ويحتاج الاستبيان إلى %1.</numerusform>
            <numerusform>يحتوي الصف على %Ln عمود؛ ويحتاج الاستبيان إلى %1.</numerusform>
            <numerusform>يحتوي الصف على %Ln عمودين؛ ويحتاج الاستبيان إلى %1.</numerusform>
            <numerusform>يحتوي الصف على %Ln أعمدة؛ ويحتاج الاستبيان إلى %1.</numerusform>
            <numerusform>يحتوي الصف على %Ln عمودًا؛ ويحتاج الاستبيان إلى %1.</numerusform>
            <numerusform>يحتوي الصف على %Ln عمود؛ ويحتاج الاستبيان إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No member has the mobile number or number "%1".</source>
        <translation>لا يوجد عضو برقم الجوال أو الرقم "%1".</translation>
    </message>
</context>
<context>
    <name>Club::Core::SyncPuller</name>
    <message>
        <source>Some records refer to others that are not here yet; the next sync brings them.</source>
        <translation>تشير بعض السجلات إلى سجلات أخرى غير موجودة هنا بعد؛ ستجلبها المزامنة التالية.</translation>
    </message>
    <message>
        <source>The data from the central server could not be saved here.</source>
        <translation>تعذّر حفظ البيانات الواردة من الخادم المركزي هنا.</translation>
    </message>
</context>
<context>
    <name>Club::Core::SyncSettings</name>
    <message>
        <source>The terminal secret is not the one clubserver printed: copy all of it.</source>
        <translation>الرمز السري للطرفية ليس هو الذي طبعه clubserver: انسخه بالكامل.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>The terminal's key file cannot be read.</source>
        <translation>لا يمكن قراءة ملف مفتاح الطرفية.</translation>
    </message>
    <message>
        <source>The terminal's key file is damaged. Enter the secret again.</source>
        <translation>ملف مفتاح الطرفية تالف. أدخل الرمز السري مرة أخرى.</translation>
    </message>
    <message>
        <source>The terminal's key file is missing. Enter the terminal secret again.</source>
        <translation>ملف مفتاح الطرفية مفقود. أدخل الرمز السري للطرفية مرة أخرى.</translation>
    </message>
    <message>
        <source>The terminal's key file cannot be written.</source>
        <translation>لا يمكن كتابة ملف مفتاح الطرفية.</translation>
    </message>
    <message>
        <source>Enter the server's address, such as https://club.example.com:8443.</source>
        <translation>أدخل عنوان الخادم، مثل https://club.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter the terminal id clubserver printed.</source>
        <translation>أدخل معرّف الطرفية الذي طبعه clubserver.</translation>
    </message>
    <message>
        <source>An offline limit cannot be negative.</source>
        <translation>لا يمكن أن يكون حد الاستخدام دون اتصال سالبًا.</translation>
    </message>
    <message>
        <source>The time to wait for the server must be between 1 and 120 seconds.</source>
        <translation>يجب أن تكون مهلة انتظار الخادم بين ١ و١٢٠ ثانية.</translation>
    </message>
    <message>
        <source>Enter the terminal secret clubserver printed.</source>
        <translation>أدخل الرمز السري للطرفية الذي طبعه clubserver.</translation>
    </message>
    <message>
        <source>The saved terminal secret is damaged. Enter it again.</source>
        <translation>الرمز السري المحفوظ للطرفية تالف. أدخله مرة أخرى.</translation>
    </message>
    <message>
        <source>The saved terminal secret cannot be opened with this computer's key. Enter it again.</source>
        <translation>لا يمكن فتح الرمز السري المحفوظ للطرفية بمفتاح هذا الحاسوب. أدخله مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Club::Core::TierService</name>
    <message>
        <source>The tier programme could not be read.</source>
        <translation>تعذّرت قراءة برنامج المستويات.</translation>
    </message>
    <message>
        <source>Choose the card type the programme is for.</source>
        <translation>اختر نوع البطاقة الذي يخصه البرنامج.</translation>
    </message>
    <message>
        <source>Add at least one tier.</source>
        <translation>أضف مستوى واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>A tier key is 1 to 32 small Latin letters, digits, '-' or '_', such as gold.</source>
        <translation>يتكون مفتاح المستوى من ١ إلى ٣٢ حرفًا من الأحرف اللاتينية الصغيرة أو الأرقام أو '-' أو '_'، مثل gold.</translation>
    </message>
    <message>
        <source>Two tiers have the key %1.</source>
        <translation>يوجد مستويان لهما المفتاح %1.</translation>
    </message>
    <message>
        <source>Give the tier %1 a name.</source>
        <translation>أدخل اسمًا للمستوى %1.</translation>
    </message>
    <message>
        <source>Two tiers have the same rank.</source>
        <translation>يوجد مستويان لهما الترتيب نفسه.</translation>
    </message>
    <message>
        <source>A threshold cannot be negative.</source>
        <translation>لا يمكن أن يكون الحد المطلوب سالبًا.</translation>
    </message>
    <message>
        <source>Each tier must need more than the tier below it (%1 after %2).</source>
        <translation>يجب أن يتطلب كل مستوى أكثر مما يتطلبه المستوى الذي قبله (%1 بعد %2).</translation>
    </message>
    <message>
        <source>This card type has no tier programme.</source>
        <translation>لا يوجد برنامج مستويات لنوع البطاقة هذا.</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>هذا العضو لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Choose the time the reviews are due by.</source>
        <translation>اختر الموعد الذي تُراجَع حتى حلوله المستويات المستحقة للمراجعة.</translation>
    </message>
    <message>
        <source>Tiers cannot be reviewed ahead of time.</source>
        <translation>لا يمكن مراجعة المستويات قبل موعدها.</translation>
    </message>
    <message numerus="yes">
        <source>The qualifying window must be between 1 and %Ln day(s).</source>
        <translation>
            <numerusform>يجب أن تكون فترة التأهل بين ١ و%Ln يوم.</numerusform>
            <numerusform>يجب أن تكون فترة التأهل بين ١ و%Ln يوم.</numerusform>
            <numerusform>يجب أن تكون فترة التأهل بين ١ و%Ln يومين.</numerusform>
            <numerusform>يجب أن تكون فترة التأهل بين ١ و%Ln أيام.</numerusform>
            <numerusform>يجب أن تكون فترة التأهل بين ١ و%Ln يومًا.</numerusform>
            <numerusform>يجب أن تكون فترة التأهل بين ١ و%Ln يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review period must be between 1 and %Ln day(s).</source>
        <translation>
            <numerusform>يجب أن تكون فترة المراجعة بين ١ و%Ln يوم.</numerusform>
            <numerusform>يجب أن تكون فترة المراجعة بين ١ و%Ln يوم.</numerusform>
            <numerusform>يجب أن تكون فترة المراجعة بين ١ و%Ln يومين.</numerusform>
            <numerusform>يجب أن تكون فترة المراجعة بين ١ و%Ln أيام.</numerusform>
            <numerusform>يجب أن تكون فترة المراجعة بين ١ و%Ln يومًا.</numerusform>
            <numerusform>يجب أن تكون فترة المراجعة بين ١ و%Ln يوم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Core::TransactionService</name>
    <message>
        <source>A void cannot be voided.</source>
        <translation>لا يمكن إلغاء عملية إلغاء.</translation>
    </message>
    <message>
        <source>This transaction has already been voided.</source>
        <translation>تم إلغاء هذه المعاملة من قبل.</translation>
    </message>
    <message>
        <source>This kind of transaction cannot be voided. Record a return or an adjustment instead.</source>
        <translation>لا يمكن إلغاء هذا النوع من المعاملات. سجّل مرتجعًا أو تسوية بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Only a transaction of today can be voided. Record a return or an adjustment instead.</source>
        <translation>لا يمكن إلغاء إلا معاملة اليوم. سجّل مرتجعًا أو تسوية بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation>يجب أن يكون تاريخ النهاية بعد تاريخ البداية.</translation>
    </message>
    <message>
        <source>The largest amount must not be below the smallest.</source>
        <translation>يجب ألا يقل أكبر مبلغ عن أصغر مبلغ.</translation>
    </message>
    <message>
        <source>Enter the reason for the void.</source>
        <translation>أدخل سبب الإلغاء.</translation>
    </message>
    <message>
        <source>The sale of this transaction was not found.</source>
        <translation>لم يتم العثور على عملية البيع الخاصة بهذه المعاملة.</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>أُلغيت بواسطة</translation>
    </message>
</context>
<context>
    <name>Club::Core::WarrantyService</name>
    <message>
        <source>A warranty period is 1 to %1 months.</source>
        <translation>مدة الضمان من ١ إلى %1 شهرًا.</translation>
    </message>
    <message>
        <source>That product was not found.</source>
        <translation>لم يتم العثور على ذلك المنتج.</translation>
    </message>
    <message>
        <source>Enter the serial number.</source>
        <translation>أدخل الرقم التسلسلي.</translation>
    </message>
    <message>
        <source>A serial number has at most %1 characters.</source>
        <translation>يجب ألا يزيد الرقم التسلسلي على %1 حرفًا.</translation>
    </message>
    <message>
        <source>The product is not the one on the sale line.</source>
        <translation>المنتج ليس هو المنتج الموجود في سطر البيع.</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation>اختر المنتج.</translation>
    </message>
    <message>
        <source>A warranty cannot start in the future.</source>
        <translation>لا يمكن أن يبدأ الضمان في المستقبل.</translation>
    </message>
    <message>
        <source>Choose the member the warranty is for.</source>
        <translation>اختر العضو الذي يخصّه الضمان.</translation>
    </message>
    <message>
        <source>The warranty can only go on an active card of the same member.</source>
        <translation>لا يمكن ربط الضمان إلا ببطاقة نشطة للعضو نفسه.</translation>
    </message>
    <message>
        <source>This product has no default warranty period: enter the months.</source>
        <translation>لا توجد لهذا المنتج مدة ضمان افتراضية: أدخل عدد الأشهر.</translation>
    </message>
    <message>
        <source>Serial number %1 of this product already has a warranty.</source>
        <translation>الرقم التسلسلي %1 لهذا المنتج له ضمان بالفعل.</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>يجب ألا تزيد الملاحظة على %1 حرفًا.</translation>
    </message>
    <message>
        <source>An event cannot be dated in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الحدث في المستقبل.</translation>
    </message>
    <message>
        <source>An event cannot be dated before the warranty started.</source>
        <translation>لا يمكن أن يكون تاريخ الحدث قبل بدء الضمان.</translation>
    </message>
    <message>
        <source>An event cannot be dated before the last one logged.</source>
        <translation>لا يمكن أن يكون تاريخ الحدث قبل آخر حدث مسجّل.</translation>
    </message>
    <message>
        <source>The item was replaced: this warranty takes no more events.</source>
        <translation>تم استبدال السلعة: لم يعد هذا الضمان يقبل أحداثًا أخرى.</translation>
    </message>
    <message>
        <source>The item is already in service.</source>
        <translation>السلعة في الصيانة بالفعل.</translation>
    </message>
    <message>
        <source>The item is not in service: log that it was received first.</source>
        <translation>السلعة ليست في الصيانة: سجّل استلامها أولًا.</translation>
    </message>
    <message>
        <source>Enter 0 to 3660 days.</source>
        <translation>أدخل من ٠ إلى ٣٦٦٠ يومًا.</translation>
    </message>
</context>
<context>
    <name>Club::Maintenance::Commands</name>
    <message>
        <source>Made %1 (UTC): %2 members, %3 cards, %4 ledger entries, %5 sales.</source>
        <extracomment>a backup's contents; %1 date and time (UTC), %2..%5 counts</extracomment>
        <translation>أُنشئت في %1 (UTC): الأعضاء %2، البطاقات %3، قيود دفتر الحسابات %4، المبيعات %5.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>لا يوجد ملف بيانات في %1.</translation>
    </message>
    <message>
        <source>Give the backup passphrase in CLUB_BACKUP_PASSPHRASE or on standard input.</source>
        <translation>أدخل عبارة مرور النسخة الاحتياطية في CLUB_BACKUP_PASSPHRASE أو عبر الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>تمت كتابة النسخة الاحتياطية في %1.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>تمت الاستعادة إلى %1.</translation>
    </message>
    <message>
        <source>The previous data was kept as %1.</source>
        <translation>حُفظت البيانات السابقة باسم %1.</translation>
    </message>
    <message>
        <source>Customer Club Manager is open on this data file. Close it first.</source>
        <translation>برنامج مدير نادي العملاء مفتوح على ملف البيانات هذا. أغلقه أولًا.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::AddStockDialog</name>
    <message>
        <source>Add Blank Cards</source>
        <translation>إضافة بطاقات فارغة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delivery note, supplier invoice…</source>
        <extracomment>Placeholder: why blank cards are added to the stock</extracomment>
        <translation>إشعار تسليم، فاتورة المورّد…</translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation>نوع البطاقة:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>عدد البطاقات:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add the blank cards to the stock</extracomment>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Choose a card type.</source>
        <translation>اختر نوع البطاقة.</translation>
    </message>
    <message>
        <source>Enter how many blank cards arrived.</source>
        <translation>أدخل عدد البطاقات الفارغة الواردة.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Set the Passphrase</source>
        <translation>تعيين عبارة المرور</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>Check the Data</source>
        <translation>فحص البيانات</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>مجلد النسخ الاحتياطية:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>عبارة المرور مرة أخرى:</translation>
    </message>
    <message>
        <source>A passphrase is set. Daily backups run while the program is open.</source>
        <translation>تم تعيين عبارة مرور. تعمل النسخ الاحتياطية اليومية ما دام البرنامج مفتوحًا.</translation>
    </message>
    <message>
        <source>No passphrase is set yet: choose one to start daily backups. Write it down and keep it apart from the backups; without it they cannot be restored.</source>
        <translation>لم يتم تعيين عبارة مرور بعد: اختر واحدة لبدء النسخ الاحتياطية اليومية. اكتبها واحتفظ بها بعيدًا عن النسخ الاحتياطية؛ فبدونها لا يمكن استعادتها.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups, best on another disk, a USB drive or a network share.</source>
        <translation>اختر مجلدًا للنسخ الاحتياطية، ويُفضّل أن يكون على قرص آخر أو ذاكرة USB أو مجلد مشترك على الشبكة.</translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation>آخر نسخة احتياطية ناجحة: %1</translation>
    </message>
    <message>
        <source>This folder holds no backup yet.</source>
        <translation>لا يحتوي هذا المجلد على أي نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %Ln characters.</source>
        <translation>
            <numerusform>اختر عبارة مرور لا تقل عن %Ln حرف.</numerusform>
            <numerusform>اختر عبارة مرور لا تقل عن حرف واحد (%Ln).</numerusform>
            <numerusform>اختر عبارة مرور لا تقل عن حرفين (%Ln).</numerusform>
            <numerusform>اختر عبارة مرور لا تقل عن %Ln أحرف.</numerusform>
            <numerusform>اختر عبارة مرور لا تقل عن %Ln حرفًا.</numerusform>
            <numerusform>اختر عبارة مرور لا تقل عن %Ln حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>عبارتا المرور مختلفتان. اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <source>Choose a folder and set a passphrase first.</source>
        <translation>اختر مجلدًا وعيّن عبارة مرور أولًا.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached. Is the drive connected?</source>
        <translation>لا يمكن الوصول إلى مجلد النسخ الاحتياطية %1. هل محرك الأقراص متصل؟</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>تمت كتابة النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backups (*.clubbackup);;All files (*)</source>
        <translation>نسخ احتياطية (*.clubbackup);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Move to Central Server…</source>
        <translation>النقل إلى الخادم المركزي…</translation>
    </message>
</context>
<context>
    <name>Club::Ui::BatchIssueDialog</name>
    <message>
        <source>Batch Issue Cards</source>
        <translation>إصدار دفعة بطاقات</translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation>نوع البطاقة:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>Button: begin issuing and encoding the cards of the batch</extracomment>
        <translation>بدء</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <extracomment>Button: encode again the cards of the batch that failed</extracomment>
        <translation>إعادة محاولة الفاشلة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Status of a card in a batch: not started yet</extracomment>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Encoding</source>
        <extracomment>Status of a card in a batch: being written now</extracomment>
        <translation>جارٍ الترميز</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <extracomment>Status of a card in a batch; %1 is the new card number</extracomment>
        <translation>تم: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>Status of a card in a batch; %1 says why</extracomment>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>Some cards failed. Press Retry Failed to encode them again.</source>
        <translation>تعذّر ترميز بعض البطاقات. اضغط «إعادة محاولة الفاشلة» لترميزها مرة أخرى.</translation>
    </message>
    <message>
        <source>All cards are issued.</source>
        <translation>تم إصدار جميع البطاقات.</translation>
    </message>
    <message>
        <source>Card %1 of %2: place a blank card for %3.</source>
        <extracomment>%1 is the position in the batch, %2 the number of cards, %3 the member's name</extracomment>
        <translation>البطاقة %1 من %2: ضع بطاقة فارغة للعضو %3.</translation>
    </message>
    <message>
        <source>Card %1 is done. Take it off the reader.</source>
        <extracomment>%1 is the position of the finished card in the batch</extracomment>
        <translation>اكتملت البطاقة %1. أزِلها عن قارئ البطاقات.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>Print All Cards…</source>
        <extracomment>Button: print every issued card of the batch in one job, on a printer or to a PDF</extracomment>
        <translation>طباعة كل البطاقات…</translation>
    </message>
</context>
<context>
    <name>Club::Ui::BlockCardDialog</name>
    <message>
        <source>Block Card</source>
        <translation>إيقاف البطاقة</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>البطاقة:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>العضو:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>صِف ما حدث في بضع كلمات</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <extracomment>Button: block the card now</extracomment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Block card %1 of %2?
It cannot be used until it is unblocked.</source>
        <extracomment>%1 is the card number, %2 the member's name</extracomment>
        <translation>هل تريد إيقاف البطاقة %1 الخاصة بـ %2؟
لن يمكن استخدامها حتى يُلغى إيقافها.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::BranchesTab</name>
    <message>
        <source>Branches</source>
        <translation>الفروع</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>التاجر</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>الطرفيات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>لا توجد طرفيات معروفة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
</context>
<context>
    <name>Club::Ui::BuyPointsDialog</name>
    <message>
        <source>Buy Points</source>
        <translation>شراء نقاط</translation>
    </message>
    <message>
        <source>Buying points is turned off in the sales settings.</source>
        <translation>شراء النقاط متوقف في إعدادات المبيعات.</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>النقاط:</translation>
    </message>
    <message>
        <source>Price of a point:</source>
        <translation>سعر النقطة:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>المبلغ المستحق:</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>شراء</translation>
    </message>
    <message>
        <source>Enter the number of points.</source>
        <translation>أدخل عدد النقاط.</translation>
    </message>
    <message numerus="yes">
        <source>Sell %Ln point(s) for %1?</source>
        <extracomment>%Ln points, %1 price</extracomment>
        <translation>
            <numerusform>هل تريد بيع %Ln نقطة مقابل %1؟</numerusform>
            <numerusform>هل تريد بيع %Ln نقطة مقابل %1؟</numerusform>
            <numerusform>هل تريد بيع %Ln نقطتين مقابل %1؟</numerusform>
            <numerusform>هل تريد بيع %Ln نقاط مقابل %1؟</numerusform>
            <numerusform>هل تريد بيع %Ln نقطة مقابل %1؟</numerusform>
            <numerusform>هل تريد بيع %Ln نقطة مقابل %1؟</numerusform>
        </translation>
    </message>
    <message>
        <source>The central server cannot be reached. The purchase is kept and sent when it is back (pending sync).</source>
        <translation>تعذّر الوصول إلى الخادم المركزي. حُفظت عملية الشراء وستُرسل عند عودة الاتصال (بانتظار المزامنة).</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CampaignsPanel</name>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسائل SMS</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>A message waiting to be sent</extracomment>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Sending (unconfirmed)</source>
        <translation>قيد الإرسال (غير مؤكد)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>تم الإرسال</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل الإرسال</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>تم التخطي</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>&amp;Create campaign</source>
        <translation>إنشاء حملة</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Send a &amp;test</source>
        <translation>إرسال رسالة تجريبية</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Send the &amp;failed again</source>
        <translation>إعادة إرسال الفاشلة</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Email address or mobile number</source>
        <translation>عنوان البريد الإلكتروني أو رقم الجوال</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>الإرسال إلى:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>الرسالة:</translation>
    </message>
    <message>
        <source>Test address:</source>
        <translation>عنوان الاختبار:</translation>
    </message>
    <message>
        <source>Campaign "%1" created. Preview it, send a test, then run it.</source>
        <translation>تم إنشاء الحملة «%1». عاينها وأرسل رسالة تجريبية ثم شغّلها.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln message(s), as they would go now. Nothing was sent.</source>
        <translation>
            <numerusform>أول %Ln رسالة كما ستُرسل الآن. لم يُرسل أي شيء.</numerusform>
            <numerusform>أول رسالة (%Ln) كما ستُرسل الآن. لم يُرسل أي شيء.</numerusform>
            <numerusform>أول رسالتين (%Ln) كما ستُرسلان الآن. لم يُرسل أي شيء.</numerusform>
            <numerusform>أول %Ln رسائل كما ستُرسل الآن. لم يُرسل أي شيء.</numerusform>
            <numerusform>أول %Ln رسالة كما ستُرسل الآن. لم يُرسل أي شيء.</numerusform>
            <numerusform>أول %Ln رسالة كما ستُرسل الآن. لم يُرسل أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter where the test should go.</source>
        <translation>أدخل العنوان الذي تُرسل إليه الرسالة التجريبية.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>The test message went to %1.</source>
        <translation>أُرسلت الرسالة التجريبية إلى %1.</translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation>اختر حملة من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Sent: %1, failed: %2, skipped: %3.</source>
        <extracomment>After a campaign run: how many messages were sent, failed and skipped</extracomment>
        <translation>تم الإرسال: %1، فشل: %2، تم التخطي: %3.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardActionBar</name>
    <message>
        <source>Re&amp;place…</source>
        <translation>استبدال…</translation>
    </message>
    <message>
        <source>Bloc&amp;k…</source>
        <translation>إيقاف…</translation>
    </message>
    <message>
        <source>U&amp;nblock</source>
        <translation>إلغاء الإيقاف</translation>
    </message>
    <message>
        <source>Set P&amp;IN…</source>
        <translation>تعيين الرمز السري…</translation>
    </message>
    <message>
        <source>Rese&amp;t PIN…</source>
        <translation>إعادة ضبط الرمز السري…</translation>
    </message>
    <message>
        <source>Un&amp;lock PIN</source>
        <translation>فتح قفل الرمز السري</translation>
    </message>
    <message>
        <source>Change P&amp;IN…</source>
        <translation>تغيير الرمز السري…</translation>
    </message>
    <message>
        <source>Unblock Card</source>
        <extracomment>%1 is a card number</extracomment>
        <translation>إلغاء إيقاف البطاقة</translation>
    </message>
    <message>
        <source>Unblock card %1? It can be used again at once.</source>
        <translation>هل تريد إلغاء إيقاف البطاقة %1؟ يمكن استخدامها مجددًا على الفور.</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <extracomment>%1 is a card number</extracomment>
        <translation>فتح قفل الرمز السري</translation>
    </message>
    <message>
        <source>Unlock the PIN of card %1? The member can try the PIN again.</source>
        <translation>هل تريد فتح قفل الرمز السري للبطاقة %1؟ سيتمكن العضو من إدخال الرمز السري مجددًا.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardDesignerDialog</name>
    <message>
        <source> mm</source>
        <extracomment>Unit after a length in millimetres</extracomment>
        <translation> مم</translation>
    </message>
    <message>
        <source>Card Design: %1</source>
        <extracomment>Window title; %1 is the card type's name</extracomment>
        <translation>تصميم البطاقة: %1</translation>
    </message>
    <message>
        <source>Front</source>
        <extracomment>The printed side of a plastic card</extracomment>
        <translation>الوجه الأمامي</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>The printed side of a plastic card</extracomment>
        <translation>الوجه الخلفي</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Preview with &amp;card:</source>
        <translation>المعاينة بالبطاقة:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Image or logo</source>
        <translation>صورة أو شعار</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>باركود</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>مستطيل</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected element (Delete)</source>
        <translation>إزالة العنصر المحدد (Delete)</translation>
    </message>
    <message>
        <source>Bring &amp;Forward</source>
        <extracomment>Moves an element above the others in the drawing order</extracomment>
        <translation>تقديم للأمام</translation>
    </message>
    <message>
        <source>Send Bac&amp;kward</source>
        <extracomment>Moves an element below the others in the drawing order</extracomment>
        <translation>إرجاع للخلف</translation>
    </message>
    <message>
        <source>Selected element</source>
        <translation>العنصر المحدد</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <extracomment>What a card element shows: the text typed below instead of a member's data</extracomment>
        <translation>نص ثابت</translation>
    </message>
    <message>
        <source> pt</source>
        <extracomment>Unit after a font size in points</extracomment>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Start of line</source>
        <extracomment>Text alignment: at the start of the line (right in Persian, left in English)</extracomment>
        <translation>بداية السطر</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>الوسط</translation>
    </message>
    <message>
        <source>End of line</source>
        <extracomment>Text alignment: at the end of the line</extracomment>
        <translation>نهاية السطر</translation>
    </message>
    <message>
        <source>Code 128 barcode</source>
        <translation>باركود Code 128</translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>الارتفاع:</translation>
    </message>
    <message>
        <source>&amp;Shows:</source>
        <translation>يعرض:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>حجم الخط:</translation>
    </message>
    <message>
        <source>Ali&amp;gnment:</source>
        <translation>المحاذاة:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>اللون:</translation>
    </message>
    <message>
        <source>Barcode t&amp;ype:</source>
        <translation>نوع الباركود:</translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation>الصورة:</translation>
    </message>
    <message>
        <source>Card side</source>
        <translation>وجه البطاقة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>No Image</source>
        <translation>بلا صورة</translation>
    </message>
    <message>
        <source>Background co&amp;lour:</source>
        <translation>لون الخلفية:</translation>
    </message>
    <message>
        <source>Background image:</source>
        <translation>صورة الخلفية:</translation>
    </message>
    <message>
        <source>Save the design (%1)</source>
        <translation>حفظ التصميم (%1)</translation>
    </message>
    <message>
        <source>&amp;Preview Print…</source>
        <translation>معاينة الطباعة…</translation>
    </message>
    <message>
        <source>Print to P&amp;DF…</source>
        <translation>طباعة إلى PDF…</translation>
    </message>
    <message>
        <source>The saved design could not be read; the standard design is shown instead.</source>
        <translation>تعذّرت قراءة التصميم المحفوظ؛ لذا يُعرض التصميم القياسي بدلًا منه.</translation>
    </message>
    <message>
        <source>Member's name</source>
        <translation>اسم العضو</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>رقم العضوية</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع البطاقة</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <extracomment>An element in the card designer's list; %1 is what it shows</extracomment>
        <translation>نص: %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>صورة: %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>رمز QR: %1</translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation>باركود: %1</translation>
    </message>
    <message>
        <source>Front, “%1”: lies on the magnetic stripe or an area kept clear.</source>
        <translation>الوجه الأمامي، «%1»: يقع على الشريط المغناطيسي أو على منطقة يجب تركها فارغة.</translation>
    </message>
    <message>
        <source>Back, “%1”: lies on the magnetic stripe or an area kept clear.</source>
        <translation>الوجه الخلفي، «%1»: يقع على الشريط المغناطيسي أو على منطقة يجب تركها فارغة.</translation>
    </message>
    <message>
        <source>Front, “%1”: goes past the edge of the card.</source>
        <translation>الوجه الأمامي، «%1»: يتجاوز حافة البطاقة.</translation>
    </message>
    <message>
        <source>Back, “%1”: goes past the edge of the card.</source>
        <translation>الوجه الخلفي، «%1»: يتجاوز حافة البطاقة.</translation>
    </message>
    <message>
        <source>Front, “%1”: has no width or height.</source>
        <translation>الوجه الأمامي، «%1»: ليس له عرض أو ارتفاع.</translation>
    </message>
    <message>
        <source>Back, “%1”: has no width or height.</source>
        <translation>الوجه الخلفي، «%1»: ليس له عرض أو ارتفاع.</translation>
    </message>
    <message>
        <source>No problems found: the design prints as shown.</source>
        <translation>لم يتم العثور على أي مشكلة: سيُطبع التصميم كما هو معروض.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.bmp *.svg)</translation>
    </message>
    <message>
        <source>This file is not an image the program can read.</source>
        <translation>هذا الملف ليس صورة يستطيع البرنامج قراءتها.</translation>
    </message>
    <message>
        <source>Background Colour</source>
        <translation>لون الخلفية</translation>
    </message>
    <message>
        <source>Choose Background Image</source>
        <translation>اختيار صورة الخلفية</translation>
    </message>
    <message>
        <source>Sara</source>
        <extracomment>A sample member's first name in the card designer's preview</extracomment>
        <translation>سارة</translation>
    </message>
    <message>
        <source>Ahmadi</source>
        <extracomment>A sample member's last name in the card designer's preview</extracomment>
        <translation>أحمدي</translation>
    </message>
    <message>
        <source>Showing the card of %1.</source>
        <extracomment>%1 is the member's name</extracomment>
        <translation>معاينة بطاقة %1.</translation>
    </message>
    <message>
        <source>The design is saved.</source>
        <translation>تم حفظ التصميم.</translation>
    </message>
    <message>
        <source>Preview Print</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>طباعة إلى PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card Design</source>
        <translation>تصميم البطاقة</translation>
    </message>
    <message>
        <source>Save the changes to this design before closing?</source>
        <translation>هل تريد حفظ التغييرات على هذا التصميم قبل الإغلاق؟</translation>
    </message>
    <message>
        <source>&amp;Left edge:</source>
        <translation>الحافة اليسرى:</translation>
    </message>
    <message>
        <source>&amp;Top edge:</source>
        <translation>الحافة العليا:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardEncodingFlow</name>
    <message>
        <source>No card reader is set up on this desk. Set one up on the Devices page.</source>
        <translation>لم يتم إعداد قارئ بطاقات على هذا المكتب. قم بإعداده من صفحة الأجهزة.</translation>
    </message>
    <message>
        <source>Place a blank card on the reader.</source>
        <translation>ضع بطاقة فارغة على القارئ.</translation>
    </message>
    <message>
        <source>Writing the card. Keep it on the reader.</source>
        <translation>جارٍ ترميز البطاقة. أبقِها على القارئ.</translation>
    </message>
    <message>
        <source>Checking the card. Keep it on the reader.</source>
        <translation>جارٍ التحقق من البطاقة. أبقِها على القارئ.</translation>
    </message>
    <message>
        <source>Erasing the card. Keep it on the reader.</source>
        <translation>جارٍ مسح البطاقة. أبقِها على القارئ.</translation>
    </message>
    <message>
        <source>Card %1 was cancelled. Its number will not be used again.</source>
        <extracomment>%1 is the card number that will never be used</extracomment>
        <translation>تم إلغاء البطاقة %1. لن يُستخدم رقمها مرة أخرى.</translation>
    </message>
    <message>
        <source>The card was taken off the reader while the keys were being written. Put it back and press Retry.</source>
        <translation>أُبعدت البطاقة عن القارئ أثناء كتابة المفاتيح. أعدها إلى القارئ واضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The card was taken off the reader while the card number was being written. Put it back and press Retry.</source>
        <translation>أُبعدت البطاقة عن القارئ أثناء كتابة رقم البطاقة. أعدها إلى القارئ واضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The card was taken off the reader while it was being checked. Put it back and press Retry.</source>
        <translation>أُبعدت البطاقة عن القارئ أثناء التحقق منها. أعدها إلى القارئ واضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The card was taken off the reader while it was being erased. Put it back and press Retry.</source>
        <translation>أُبعدت البطاقة عن القارئ أثناء مسحها. أعدها إلى القارئ واضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The card could not be read. Put it back on the reader and press Retry.</source>
        <translation>تعذّرت قراءة البطاقة. أعدها إلى القارئ واضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>This card number cannot be written on a chip (chip cards need 16-digit numbers). Abandon it and change the card type.</source>
        <translation>لا يمكن كتابة رقم البطاقة هذا على شريحة (تحتاج البطاقات ذات الشريحة إلى أرقام من ١٦ خانة). اضغط «التخلي» وغيّر نوع البطاقة.</translation>
    </message>
    <message>
        <source>This card belongs to another system and cannot be used. Place a blank card on the reader and press Retry.</source>
        <translation>هذه البطاقة تابعة لنظام آخر ولا يمكن استخدامها. ضع بطاقة فارغة على القارئ واضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The card did not keep what was written. Place another blank card on the reader and press Retry, or Abandon.</source>
        <translation>لم تحتفظ البطاقة بما كُتب عليها. ضع بطاقة فارغة أخرى على القارئ واضغط «إعادة المحاولة»، أو اضغط «التخلي».</translation>
    </message>
    <message>
        <source>The card refused to be written. Place another blank card on the reader and press Retry, or Abandon.</source>
        <translation>رفضت البطاقة الكتابة عليها. ضع بطاقة فارغة أخرى على القارئ واضغط «إعادة المحاولة»، أو اضغط «التخلي».</translation>
    </message>
    <message>
        <source>This card already holds a club card. Erase it to use it as a blank, or place a blank card on the reader and press Retry.</source>
        <translation>تحمل هذه البطاقة بطاقة نادي عملاء بالفعل. امسحها لاستخدامها كبطاقة فارغة، أو ضع بطاقة فارغة على القارئ واضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>This card is not blank and is not one of ours, so it cannot be erased. Place a blank card on the reader and press Retry.</source>
        <translation>هذه البطاقة ليست فارغة وليست من بطاقاتنا، لذا لا يمكن مسحها. ضع بطاقة فارغة على القارئ واضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The card did not read back correctly. Press Retry to write it again, or Abandon.</source>
        <translation>لم تُقرأ البطاقة بشكل صحيح بعد الكتابة. اضغط «إعادة المحاولة» لكتابتها مجددًا، أو اضغط «التخلي».</translation>
    </message>
    <message>
        <source>Card %1 is active.</source>
        <extracomment>%1 is the card number</extracomment>
        <translation>البطاقة %1 مفعّلة.</translation>
    </message>
    <message>
        <source>This card number cannot be written on a magnetic stripe (it needs a 16-digit number and an expiry before 2100). Abandon it and change the card type.</source>
        <translation>لا يمكن كتابة رقم البطاقة هذا على شريط مغناطيسي (يلزم رقم من ١٦ خانة وتاريخ انتهاء قبل ٢١٠٠). اضغط «التخلي» وغيّر نوع البطاقة.</translation>
    </message>
    <message>
        <source>Connecting to the card encoder…</source>
        <translation>جارٍ الاتصال بجهاز ترميز البطاقات…</translation>
    </message>
    <message>
        <source>Swipe the card through the encoder to write it.</source>
        <translation>مرِّر البطاقة في جهاز الترميز لكتابتها.</translation>
    </message>
    <message>
        <source>Swipe it again to check it.</source>
        <translation>مرِّرها مرة أخرى للتحقق منها.</translation>
    </message>
    <message>
        <source>The stripe did not read back correctly. Press Retry to write it again, or Abandon.</source>
        <translation>لم يُقرأ الشريط المغناطيسي بشكل صحيح. اضغط «إعادة المحاولة» لكتابته من جديد، أو اضغط «التخلي».</translation>
    </message>
    <message>
        <source>Card %1 was not encoded. It stays in stock.</source>
        <extracomment>%1 is the number of a pre-printed card that stays in stock, not encoded</extracomment>
        <translation>لم يتم ترميز البطاقة %1. تبقى في المخزون.</translation>
    </message>
    <message>
        <source>Card %1 is encoded.</source>
        <extracomment>%1 is the number of a pre-printed card, written and waiting in stock</extracomment>
        <translation>تم ترميز البطاقة %1.</translation>
    </message>
    <message>
        <source>This chip already holds card %1, so it was not written. Place a blank card on the reader and press Retry, or skip this card.</source>
        <extracomment>%1 is the number of the card the chip already holds</extracomment>
        <translation>تحمل هذه الشريحة البطاقة %1 بالفعل، لذلك لم تتم الكتابة عليها. ضع بطاقة فارغة على القارئ واضغط «إعادة المحاولة»، أو تخطَّ هذه البطاقة.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardEventModel</name>
    <message>
        <source>When</source>
        <extracomment>Column: date and time</extracomment>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column: what happened to the card</extracomment>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardKeysPanel</name>
    <message>
        <source>Card keys</source>
        <translation>مفاتيح البطاقات</translation>
    </message>
    <message>
        <source>Create the card keys…</source>
        <translation>إنشاء مفاتيح البطاقات…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>فتح القفل…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Export for another branch…</source>
        <translation>تصدير لفرع آخر…</translation>
    </message>
    <message>
        <source>Import from another branch…</source>
        <translation>استيراد من فرع آخر…</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>New key version…</source>
        <translation>إصدار مفاتيح جديد…</translation>
    </message>
    <message>
        <source>New cards get new keys; cards issued before stay readable.</source>
        <translation>تحصل البطاقات الجديدة على مفاتيح جديدة؛ وتبقى البطاقات الصادرة سابقًا قابلة للقراءة.</translation>
    </message>
    <message>
        <source>Cards are written and checked with keys that only this club has. They are kept sealed under a passphrase that a manager chooses; unlock them at the start of a shift to issue or read cards. Another branch imports them from an exported file and a second passphrase.</source>
        <translation>تُكتب البطاقات ويُتحقق منها بمفاتيح لا يملكها إلا نادي العملاء هذا. وتُحفظ هذه المفاتيح مؤمّنة بعبارة مرور يختارها مدير المتجر؛ افتح قفلها في بداية كل وردية لإصدار البطاقات أو قراءتها. ويستوردها أي فرع آخر من ملف مُصدَّر باستخدام عبارة مرور ثانية.</translation>
    </message>
    <message>
        <source>This store has no card keys yet. Create them before issuing chip cards.</source>
        <translation>لا توجد لهذا المتجر مفاتيح بطاقات بعد. أنشئها قبل إصدار البطاقات ذات الشريحة.</translation>
    </message>
    <message>
        <source>This store has no card keys yet. A manager must create them.</source>
        <translation>لا توجد لهذا المتجر مفاتيح بطاقات بعد. يجب أن ينشئها مدير المتجر.</translation>
    </message>
    <message>
        <source>Unlocked for this session (key version %1).</source>
        <translation>القفل مفتوح لهذه الجلسة (إصدار المفاتيح %1).</translation>
    </message>
    <message>
        <source>Locked. Unlock them to issue or read chip cards.</source>
        <translation>مقفلة. افتح قفلها لإصدار البطاقات ذات الشريحة أو قراءتها.</translation>
    </message>
    <message>
        <source>Unlock the card keys</source>
        <translation>فتح قفل مفاتيح البطاقات</translation>
    </message>
    <message>
        <source>Type the card keys' passphrase.</source>
        <translation>اكتب عبارة المرور الخاصة بمفاتيح البطاقات.</translation>
    </message>
    <message>
        <source>Create the card keys</source>
        <translation>إنشاء مفاتيح البطاقات</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %Ln characters. Without it the keys cannot be unlocked: keep it somewhere safe.</source>
        <translation>
            <numerusform>اختر عبارة مرور لا تقل عن %Ln حرف. لا يمكن فتح قفل المفاتيح بدونها: احتفظ بها في مكان آمن.</numerusform>
            <numerusform>اختر عبارة مرور لا تقل عن حرف واحد (%Ln). لا يمكن فتح قفل المفاتيح بدونها: احتفظ بها في مكان آمن.</numerusform>
            <numerusform>اختر عبارة مرور لا تقل عن حرفين (%Ln). لا يمكن فتح قفل المفاتيح بدونها: احتفظ بها في مكان آمن.</numerusform>
            <numerusform>اختر عبارة مرور لا تقل عن %Ln أحرف. لا يمكن فتح قفل المفاتيح بدونها: احتفظ بها في مكان آمن.</numerusform>
            <numerusform>اختر عبارة مرور لا تقل عن %Ln حرفًا. لا يمكن فتح قفل المفاتيح بدونها: احتفظ بها في مكان آمن.</numerusform>
            <numerusform>اختر عبارة مرور لا تقل عن %Ln حرف. لا يمكن فتح قفل المفاتيح بدونها: احتفظ بها في مكان آمن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the card keys</source>
        <translation>تصدير مفاتيح البطاقات</translation>
    </message>
    <message>
        <source>Choose a second passphrase for the file. Tell it to the other branch's manager in person or by phone, never with the file.</source>
        <translation>اختر عبارة مرور ثانية للملف. أبلغ بها مدير الفرع الآخر شخصيًا أو عبر الهاتف، ولا ترسلها مع الملف أبدًا.</translation>
    </message>
    <message>
        <source>Card keys (*.json)</source>
        <translation>مفاتيح البطاقات (*.json)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <source>The card keys were exported.</source>
        <translation>تم تصدير مفاتيح البطاقات.</translation>
    </message>
    <message>
        <source>Import the card keys</source>
        <translation>استيراد مفاتيح البطاقات</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>Type the file's passphrase, as the other branch told you.</source>
        <translation>اكتب عبارة المرور الخاصة بالملف كما أبلغك بها الفرع الآخر.</translation>
    </message>
    <message>
        <source>Type this store's card keys passphrase.</source>
        <translation>اكتب عبارة المرور الخاصة بمفاتيح البطاقات لهذا المتجر.</translation>
    </message>
    <message>
        <source>Choose this store's card keys passphrase.</source>
        <translation>اختر عبارة المرور الخاصة بمفاتيح البطاقات لهذا المتجر.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key version(s) imported.</source>
        <translation>
            <numerusform>لم يتم استيراد أي إصدار مفاتيح (%Ln).</numerusform>
            <numerusform>تم استيراد إصدار مفاتيح واحد (%Ln).</numerusform>
            <numerusform>تم استيراد إصداري مفاتيح (%Ln).</numerusform>
            <numerusform>تم استيراد %Ln إصدارات مفاتيح.</numerusform>
            <numerusform>تم استيراد %Ln إصدارًا من المفاتيح.</numerusform>
            <numerusform>تم استيراد %Ln إصدار مفاتيح.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية.</translation>
    </message>
    <message>
        <source>Choose the new passphrase.</source>
        <translation>اختر عبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <source>New key version</source>
        <translation>إصدار مفاتيح جديد</translation>
    </message>
    <message>
        <source>Cards issued from now on will use new keys. Cards issued before stay readable. Other branches must import the keys again. Continue?</source>
        <translation>ستستخدم البطاقات التي تُصدر من الآن فصاعدًا مفاتيح جديدة، وتبقى البطاقات الصادرة سابقًا قابلة للقراءة. ويجب على الفروع الأخرى استيراد المفاتيح مرة أخرى. هل تريد المتابعة؟</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardListModel</name>
    <message>
        <source>Never</source>
        <extracomment>A card without an expiry date</extracomment>
        <translation>لا تنتهي</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>The card's PIN: locked after too many wrong tries</extracomment>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع البطاقة</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Card status column</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sequence</source>
        <extracomment>Which card of the member this is: 1 for the first, 2 after one replacement...</extracomment>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انتهاء الصلاحية</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>PIN</comment>
        <extracomment>The card's PIN: set or not</extracomment>
        <translation>مُعيَّن</translation>
    </message>
    <message>
        <source>None</source>
        <comment>PIN</comment>
        <translation>لا يوجد</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardStockTab</name>
    <message>
        <source>In stock</source>
        <extracomment>A pre-printed card that is still in stock</extracomment>
        <translation>في المخزون</translation>
    </message>
    <message>
        <source>Distributed</source>
        <extracomment>A pre-printed card handed out to a branch, event or organisation</extracomment>
        <translation>موزّعة</translation>
    </message>
    <message>
        <source>Activated</source>
        <extracomment>A pre-printed card activated and bound to a member</extracomment>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Column: the batch's number</extracomment>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع البطاقة</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Numbers</source>
        <extracomment>Column: the first and last card number of a batch</extracomment>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>البطاقات</translation>
    </message>
    <message>
        <source>Gift value</source>
        <extracomment>Column: money each gift card of the batch carries</extracomment>
        <translation>قيمة الهدية</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>Column: when the batch was made</extracomment>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>&amp;New Batch…</source>
        <extracomment>Button: make a batch of pre-printed cards</extracomment>
        <translation>دفعة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Distribute…</source>
        <extracomment>Button: hand out cards of the batch to a branch, event or organisation</extracomment>
        <translation>توزيع…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <extracomment>Button: block a lost batch or a range of it</extracomment>
        <translation>إيقاف…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>&amp;Encode…</source>
        <translation>ترميز…</translation>
    </message>
    <message>
        <source>Cards by Branch and State</source>
        <translation>البطاقات حسب الفرع والحالة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The first and last card number of a batch</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (promotion)</source>
        <extracomment>A gift batch's value that the club gives away; %1 is the amount</extracomment>
        <translation>%1 (ترويجي)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypeDialog</name>
    <message>
        <source>New Card Type</source>
        <translation>نوع بطاقة جديد</translation>
    </message>
    <message>
        <source>Edit Card Type — %1</source>
        <extracomment>Window title; %1 is the card type's name</extracomment>
        <translation>تعديل نوع البطاقة — %1</translation>
    </message>
    <message>
        <source> digits</source>
        <extracomment>Suffix of the card number length, e.g. "16 digits"</extracomment>
        <translation> خانة</translation>
    </message>
    <message>
        <source>Never expires</source>
        <extracomment>Validity of 0 months: the card never expires</extracomment>
        <translation>لا تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>Suffix of the validity in months, e.g. "24 months"</extracomment>
        <translation> شهر</translation>
    </message>
    <message>
        <source>Cards need a &amp;PIN</source>
        <translation>تتطلب البطاقات رمزًا سريًا</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Cards of this type one member may hold: 0 means no limit</extracomment>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Issue only from &amp;blank card stock</source>
        <translation>لا تُصدر البطاقات إلا من مخزون البطاقات الفارغة</translation>
    </message>
    <message>
        <source>A&amp;ctive: new cards of this type can be issued</source>
        <translation>فعّال: يمكن إصدار بطاقات جديدة من هذا النوع</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>صنف البطاقة:</translation>
    </message>
    <message>
        <source>Number p&amp;refix:</source>
        <translation>بادئة الرقم:</translation>
    </message>
    <message>
        <source>Number &amp;length:</source>
        <translation>طول الرقم:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>مدة الصلاحية:</translation>
    </message>
    <message>
        <source>Cards per &amp;member:</source>
        <translation>عدد البطاقات لكل عضو:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypeModel</name>
    <message>
        <source>Never expires</source>
        <extracomment>Card validity: the card never expires</extracomment>
        <translation>لا تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Cards of this type one member may hold: no limit</extracomment>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <extracomment>Blank card stock is not counted for this card type</extracomment>
        <translation>لا يُتتبَّع</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column: loyalty, gift, discount...</extracomment>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Prefix</source>
        <extracomment>Column: the digits every card number of this type starts with</extracomment>
        <translation>البادئة</translation>
    </message>
    <message>
        <source>Digits</source>
        <extracomment>Column: how many digits a card number has</extracomment>
        <translation>عدد الخانات</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>مدة الصلاحية</translation>
    </message>
    <message>
        <source>PIN required</source>
        <translation>يتطلب رمزًا سريًا</translation>
    </message>
    <message>
        <source>Per member</source>
        <translation>لكل عضو</translation>
    </message>
    <message>
        <source>Blank stock</source>
        <extracomment>Column: blank cards on hand at this branch</extracomment>
        <translation>البطاقات الفارغة</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Column: whether new cards of this type may be issued</extracomment>
        <translation>فعّال</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln شهر</numerusform>
            <numerusform>شهر واحد</numerusform>
            <numerusform>شهران</numerusform>
            <numerusform>%Ln أشهر</numerusform>
            <numerusform>%Ln شهرًا</numerusform>
            <numerusform>%Ln شهر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypesPage</name>
    <message>
        <source>Show &amp;inactive types</source>
        <translation>عرض الأنواع غير الفعّالة</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>&amp;New Card Type…</source>
        <translation>نوع بطاقة جديد…</translation>
    </message>
    <message>
        <source>New card type (%1)</source>
        <translation>نوع بطاقة جديد (%1)</translation>
    </message>
    <message>
        <source>Card Types</source>
        <extracomment>Side bar page title</extracomment>
        <translation>أنواع البطاقات</translation>
    </message>
    <message>
        <source>No card types yet. Create the first with New Card Type.</source>
        <translation>لا توجد أنواع بطاقات بعد. أنشئ أول نوع عبر «نوع بطاقة جديد».</translation>
    </message>
    <message>
        <source>&amp;Design Card…</source>
        <extracomment>Opens the designer of the printed card for the selected card type</extracomment>
        <translation>تصميم البطاقة…</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardsPage</name>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Blank Cards at This Branch</source>
        <translation>البطاقات الفارغة في هذا الفرع</translation>
    </message>
    <message>
        <source>Type or swipe the card number</source>
        <translation>اكتب رقم البطاقة أو مرّر البطاقة</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>رقم البطاقة:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Open Member</source>
        <translation>فتح ملف العضو</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>Card status (active, blocked, replaced)</extracomment>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>العضو:</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <extracomment>Which card of the member this is: 1 for the first, 2 after one replacement...</extracomment>
        <translation>التسلسل:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>تاريخ الإصدار:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>انتهاء الصلاحية:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>الرمز السري:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>السجل:</translation>
    </message>
    <message>
        <source>&amp;Add Stock…</source>
        <translation>إضافة مخزون…</translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>Tab of the Cards page: find a card, its details and history, blank card stock
----------
Side bar page title</extracomment>
        <translation>البطاقات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Card status and why, e.g. "Blocked — Lost: left at the counter"</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Card status of an active card past its expiry date</extracomment>
        <translation>منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>لا تنتهي</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %Ln wrong tries</source>
        <extracomment>PIN state of a card; %Ln wrong tries</extracomment>
        <translation>
            <numerusform>يُقفل بعد %Ln محاولة خاطئة</numerusform>
            <numerusform>يُقفل بعد محاولة خاطئة واحدة</numerusform>
            <numerusform>يُقفل بعد محاولتين خاطئتين</numerusform>
            <numerusform>يُقفل بعد %Ln محاولات خاطئة</numerusform>
            <numerusform>يُقفل بعد %Ln محاولة خاطئة</numerusform>
            <numerusform>يُقفل بعد %Ln محاولة خاطئة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Batch Issue…</source>
        <translation>إصدار دفعة…</translation>
    </message>
    <message>
        <source>Batch Issue Cards</source>
        <translation>إصدار دفعة بطاقات</translation>
    </message>
    <message>
        <source>There are no member groups. Put the members who get cards in a group first.</source>
        <translation>لا توجد مجموعات أعضاء. ضع الأعضاء الذين سيحصلون على بطاقات في مجموعة أولاً.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln member(s))</source>
        <extracomment>A member group in a list: its name and how many members it has</extracomment>
        <translation>
            <numerusform>%1 (%Ln عضو)</numerusform>
            <numerusform>%1 (%Ln عضو)</numerusform>
            <numerusform>%1 (%Ln عضوان)</numerusform>
            <numerusform>%1 (%Ln أعضاء)</numerusform>
            <numerusform>%1 (%Ln عضوًا)</numerusform>
            <numerusform>%1 (%Ln عضو)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue a card to each member of:</source>
        <translation>إصدار بطاقة لكل عضو في:</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>PIN</comment>
        <extracomment>PIN state of a card</extracomment>
        <translation>مُعيَّن</translation>
    </message>
    <message>
        <source>None</source>
        <comment>PIN</comment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Card Stock</source>
        <extracomment>Tab of the Cards page: batches of pre-printed cards made without members</extracomment>
        <translation>مخزون البطاقات</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CatalogPage</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A button's tool tip: "New product (Ctrl+N)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Gifts only</source>
        <translation>الهدايا فقط</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>إظهار غير النشطة</translation>
    </message>
    <message>
        <source>New G&amp;roup…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>نقل…</translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation>منتج جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>مجموعات المنتجات</translation>
    </message>
    <message>
        <source>Code, barcode or name (Ctrl+F)</source>
        <translation>الرمز أو الباركود أو الاسم (Ctrl+F)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Gift for points</source>
        <translation>هدية مقابل النقاط</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <source>Catalog</source>
        <extracomment>Side bar page title</extracomment>
        <translation>كتالوج المنتجات</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>كل المنتجات</translation>
    </message>
    <message>
        <source>No products match.</source>
        <translation>لا توجد منتجات مطابقة.</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>اسم المجموعة الجديدة:</translation>
    </message>
    <message>
        <source>Name of the new group inside %1:</source>
        <translation>اسم المجموعة الجديدة داخل %1:</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>إعادة تسمية المجموعة</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(المستوى الأعلى)</translation>
    </message>
    <message>
        <source>Move Group</source>
        <extracomment>%1 is the group being moved</extracomment>
        <translation>نقل المجموعة</translation>
    </message>
    <message>
        <source>Move %1 into:</source>
        <translation>نقل %1 إلى:</translation>
    </message>
    <message>
        <source>&amp;Warranty Period…</source>
        <translation>مدة الضمان…</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>C&amp;harities</source>
        <extracomment>Tab of the Catalog page: charities members may donate points to</extracomment>
        <translation>الجمعيات الخيرية</translation>
    </message>
    <message>
        <source>Warranty Period</source>
        <extracomment>%1 is the product's name; 0 months means the product has no default warranty</extracomment>
        <translation>مدة الضمان</translation>
    </message>
    <message>
        <source>Default warranty of %1 in months (0: none):</source>
        <translation>مدة الضمان الافتراضية لـ%1 بالأشهر (٠: بلا ضمان):</translation>
    </message>
    <message numerus="yes">
        <source>%1: warranty of %Ln month(s).</source>
        <translation>
            <numerusform>%1: ضمان لمدة %Ln شهر.</numerusform>
            <numerusform>%1: ضمان لمدة %Ln شهر.</numerusform>
            <numerusform>%1: ضمان لمدة %Ln شهرين.</numerusform>
            <numerusform>%1: ضمان لمدة %Ln أشهر.</numerusform>
            <numerusform>%1: ضمان لمدة %Ln شهرًا.</numerusform>
            <numerusform>%1: ضمان لمدة %Ln شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no default warranty.</source>
        <translation>%1: بلا ضمان افتراضي.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CharitiesPanel</name>
    <message>
        <source>&amp;New Charity…</source>
        <translation>جمعية خيرية جديدة…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>الجمعية الخيرية</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Donations</source>
        <extracomment>Column: how many donations the charity received</extracomment>
        <translation>التبرعات</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Column: the money value of the donated points</extracomment>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>No charities yet.</source>
        <translation>لا توجد جمعيات خيرية بعد.</translation>
    </message>
    <message>
        <source>Turn &amp;On</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Turn &amp;Off</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>New Charity</source>
        <translation>جمعية خيرية جديدة</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Rename Charity</source>
        <translation>إعادة تسمية الجمعية الخيرية</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <source>Export Donations</source>
        <extracomment>Default file name of the donations export</extracomment>
        <translation>تصدير التبرعات</translation>
    </message>
    <message>
        <source>donations</source>
        <translation>التبرعات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CountSheetDialog</name>
    <message>
        <source>&amp;Post Adjustments…</source>
        <extracomment>Posts the differences of a stock count as adjustments</extracomment>
        <translation>ترحيل التسويات…</translation>
    </message>
    <message>
        <source>Stock Count of %1</source>
        <extracomment>Dialog title; %1 is the warehouse</extracomment>
        <translation>جرد %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>System</source>
        <translation>في النظام</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>المعدود</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Differences between the system and the count:</source>
        <translation>الفروق بين النظام والجرد:</translation>
    </message>
    <message>
        <source>Count sheet opened %1. Type what is on the shelves; Enter saves a line and moves down.</source>
        <extracomment>%1 is when the count sheet was opened</extracomment>
        <translation>فُتحت ورقة الجرد في %1. أدخل الكميات الموجودة على الرفوف؛ مفتاح Enter يحفظ السطر وينتقل إلى السطر التالي.</translation>
    </message>
    <message>
        <source>Product %1</source>
        <extracomment>A product the catalog no longer lists; %1 is its number</extracomment>
        <translation>المنتج %1</translation>
    </message>
    <message>
        <source>A manager must post the count: ask a manager to log in and post this sheet.</source>
        <translation>يجب أن يرحّل مدير المتجر الجرد: اطلب من مدير المتجر تسجيل الدخول وترحيل هذه الورقة.</translation>
    </message>
    <message>
        <source>No line differs from the system. Close the count sheet?</source>
        <extracomment>Confirmation before posting a stock count</extracomment>
        <translation>لا يوجد سطر يختلف عن النظام. هل تريد إغلاق ورقة الجرد؟</translation>
    </message>
    <message numerus="yes">
        <source>Post %Ln adjustment(s) to the stock of %1? This cannot be undone.</source>
        <translation>
            <numerusform>هل تريد ترحيل %Ln تسوية إلى مخزون %1؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد ترحيل %Ln تسوية إلى مخزون %1؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد ترحيل %Ln تسويتين إلى مخزون %1؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد ترحيل %Ln تسويات إلى مخزون %1؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد ترحيل %Ln تسوية إلى مخزون %1؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>هل تريد ترحيل %Ln تسوية إلى مخزون %1؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::CreditPage</name>
    <message>
        <source>Choose &amp;Member…</source>
        <translation>اختيار عضو…</translation>
    </message>
    <message>
        <source>&amp;Take Payment…</source>
        <translation>استلام دفعة…</translation>
    </message>
    <message>
        <source>Open Installment &amp;Plan…</source>
        <translation>فتح خطة تقسيط…</translation>
    </message>
    <message>
        <source>S&amp;ettle Plan…</source>
        <translation>تسوية الخطة…</translation>
    </message>
    <message>
        <source>Set &amp;Limit…</source>
        <translation>تحديد الحد…</translation>
    </message>
    <message>
        <source>&amp;Charge Gift Card…</source>
        <translation>شحن بطاقة هدية…</translation>
    </message>
    <message>
        <source>&amp;Return a Gift Card Charge…</source>
        <translation>إرجاع شحن بطاقة هدية…</translation>
    </message>
    <message>
        <source>&amp;Buy Points…</source>
        <translation>شراء نقاط…</translation>
    </message>
    <message>
        <source>Find the member by name, mobile or card number (Ctrl+F)</source>
        <translation>ابحث عن العضو بالاسم أو رقم الجوال أو رقم البطاقة (Ctrl+F)</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>الوضع الحالي</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>الحد:</translation>
    </message>
    <message>
        <source>Owed:</source>
        <translation>المستحق:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>المتاح:</translation>
    </message>
    <message>
        <source>In installments:</source>
        <translation>في الأقساط:</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Columns of a credit statement
----------
Columns of the member's gift card charges</extracomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Opening:</source>
        <translation>الرصيد الافتتاحي:</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>الرصيد الختامي:</translation>
    </message>
    <message>
        <source>Plan / No.</source>
        <extracomment>Columns of the installment plans</extracomment>
        <translation>الخطة / الرقم</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>Columns of the member's gift cards</extracomment>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Stored value:</source>
        <translation>رصيد الهدايا:</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Columns of the aging report: days past due</extracomment>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>المستحق</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>غير مستحق بعد</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>١–٣٠ يومًا</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>٣١–٦٠ يومًا</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>٦١–٩٠ يومًا</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>أكثر من ٩٠ يومًا</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>حتى تاريخ:</translation>
    </message>
    <message>
        <source>Double-click a member to open their credit.</source>
        <translation>انقر نقرًا مزدوجًا على العضو لفتح حساب الائتمان الخاص به.</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>كشف الحساب</translation>
    </message>
    <message>
        <source>&amp;Installments</source>
        <translation>الأقساط</translation>
    </message>
    <message>
        <source>&amp;Gift Cards and Points</source>
        <translation>بطاقات الهدايا والنقاط</translation>
    </message>
    <message>
        <source>&amp;Aging</source>
        <translation>أعمار الديون</translation>
    </message>
    <message>
        <source>No member chosen.</source>
        <translation>لم يتم اختيار عضو.</translation>
    </message>
    <message>
        <source>Credit and installments</source>
        <translation>الائتمان والتقسيط</translation>
    </message>
    <message>
        <source>Choose Member</source>
        <translation>اختيار عضو</translation>
    </message>
    <message>
        <source>(the member's own limit)</source>
        <translation>(الحد الخاص بالعضو)</translation>
    </message>
    <message>
        <source>(limit of the card type %1)</source>
        <extracomment>%1 is a card type's name</extracomment>
        <translation>(حد نوع البطاقة %1)</translation>
    </message>
    <message>
        <source>(limit of the card type)</source>
        <translation>(حد نوع البطاقة)</translation>
    </message>
    <message>
        <source>(no credit allowed)</source>
        <translation>(الائتمان غير مسموح)</translation>
    </message>
    <message>
        <source>%1 paid ahead</source>
        <translation>%1 مدفوع مقدمًا</translation>
    </message>
    <message>
        <source>Purchase on credit</source>
        <translation>شراء بالائتمان</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرتجع</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>مدفوع جزئيًا</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>غير نشطة</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The totals row of the aging report</extracomment>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>installment %1 of plan %2 (due %3)</source>
        <extracomment>An installment: %1 its number, %2 its plan's number, %3 its due date</extracomment>
        <translation>القسط %1 من الخطة %2 (تاريخ الاستحقاق %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 an amount, %2 which installment</extracomment>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>%1 to the debt outside plans</source>
        <translation>%1 إلى الدين خارج الخطط</translation>
    </message>
    <message>
        <source>Payment Taken</source>
        <translation>تم استلام الدفعة</translation>
    </message>
    <message>
        <source>%1 taken. Still owed: %2.
%3</source>
        <extracomment>%1 amount paid, %2 what is still owed, %3 lines of where it went</extracomment>
        <translation>تم استلام %1. المبلغ المتبقي المستحق: %2.
%3</translation>
    </message>
    <message>
        <source>Settle Plan</source>
        <translation>تسوية الخطة</translation>
    </message>
    <message>
        <source>The member pays %1 now and the plan is settled. Go ahead?</source>
        <extracomment>%1 the amount still expected by the plan</extracomment>
        <translation>سيدفع العضو %1 الآن وتتم تسوية الخطة. هل تريد المتابعة؟</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 (%Ln installment(s))</source>
        <extracomment>An installment plan in the list: %1 its number, %Ln the number of installments</extracomment>
        <translation>
            <numerusform>الخطة %1 (%Ln قسط)</numerusform>
            <numerusform>الخطة %1 (%Ln قسط)</numerusform>
            <numerusform>الخطة %1 (%Ln قسطان)</numerusform>
            <numerusform>الخطة %1 (%Ln أقساط)</numerusform>
            <numerusform>الخطة %1 (%Ln قسطًا)</numerusform>
            <numerusform>الخطة %1 (%Ln قسط)</numerusform>
        </translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>النقاط:</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>الشحنات:</translation>
    </message>
    <message>
        <source>The central server keeps the chain's credit: installment plans, limits and returns of charges cannot be recorded at this desk.</source>
        <translation>الخادم المركزي يحفظ ائتمان السلسلة: لا يمكن تسجيل خطط الأقساط وحدود الائتمان وإرجاع الشحنات في هذا المكتب.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>جارٍ قراءة الأرقام…</translation>
    </message>
    <message>
        <source>As the central server has them: every branch's operations are included.</source>
        <translation>كما هي لدى الخادم المركزي: تشمل عمليات جميع الفروع.</translation>
    </message>
    <message numerus="yes">
        <source>The central server cannot be reached: these figures are this desk's own records and miss what other branches did. %Ln operation(s) of this desk wait to be sent.</source>
        <extracomment>Shown over a member's credit figures when the central server does not answer</extracomment>
        <translation>
            <numerusform>لا يمكن الوصول إلى الخادم المركزي: هذه الأرقام من سجلات هذا المكتب وحده ولا تشمل عمليات الفروع الأخرى. لا توجد عمليات من هذا المكتب بانتظار الإرسال (%Ln).</numerusform>
            <numerusform>لا يمكن الوصول إلى الخادم المركزي: هذه الأرقام من سجلات هذا المكتب وحده ولا تشمل عمليات الفروع الأخرى. عملية واحدة (%Ln) من هذا المكتب بانتظار الإرسال.</numerusform>
            <numerusform>لا يمكن الوصول إلى الخادم المركزي: هذه الأرقام من سجلات هذا المكتب وحده ولا تشمل عمليات الفروع الأخرى. عمليتان (%Ln) من هذا المكتب بانتظار الإرسال.</numerusform>
            <numerusform>لا يمكن الوصول إلى الخادم المركزي: هذه الأرقام من سجلات هذا المكتب وحده ولا تشمل عمليات الفروع الأخرى. %Ln عمليات من هذا المكتب بانتظار الإرسال.</numerusform>
            <numerusform>لا يمكن الوصول إلى الخادم المركزي: هذه الأرقام من سجلات هذا المكتب وحده ولا تشمل عمليات الفروع الأخرى. %Ln عملية من هذا المكتب بانتظار الإرسال.</numerusform>
            <numerusform>لا يمكن الوصول إلى الخادم المركزي: هذه الأرقام من سجلات هذا المكتب وحده ولا تشمل عمليات الفروع الأخرى. %Ln عملية من هذا المكتب بانتظار الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>State of a gift card charge</extracomment>
        <translation>مُرجَع</translation>
    </message>
    <message>
        <source>Given by the club</source>
        <translation>مقدَّم من النادي</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 the points that may be spent now, %2 all points (some still pending)</extracomment>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>Club::Ui::DateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>Shown in an optional date field that has no date</extracomment>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>Club::Ui::DeviceMessages</name>
    <message>
        <source>The smart card service (pcscd) is not running. Start it, or ask your administrator.</source>
        <translation>خدمة البطاقات الذكية (pcscd) لا تعمل. شغّلها أو اطلب ذلك من مسؤول النظام.</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the reader and try again.</source>
        <translation>لا يوجد قارئ بطاقات متصل. وصّل القارئ ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The card reader chosen in the device settings is not connected.</source>
        <translation>قارئ البطاقات المحدد في إعدادات الأجهزة غير متصل.</translation>
    </message>
    <message>
        <source>There is no card on the reader. Place the card on the reader and try again.</source>
        <translation>لا توجد بطاقة على القارئ. ضع البطاقة على القارئ ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The card was taken off the reader too soon. Place it on the reader again and keep it there until the work is done.</source>
        <translation>أُبعدت البطاقة عن القارئ مبكرًا. ضعها على القارئ مرة أخرى وأبقِها عليه حتى تنتهي العملية.</translation>
    </message>
    <message>
        <source>The card does not answer. It may be damaged or of an unsupported kind.</source>
        <translation>البطاقة لا تستجيب. قد تكون تالفة أو من نوع غير مدعوم.</translation>
    </message>
    <message>
        <source>Another program is using the card reader. Close it and try again.</source>
        <translation>يستخدم برنامج آخر قارئ البطاقات. أغلقه ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The card reader did not answer in time. Check the reader and try again.</source>
        <translation>لم يستجب قارئ البطاقات في الوقت المحدد. افحص القارئ ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The card reader reported an error. Try again; if it persists, reconnect the reader.</source>
        <translation>أبلغ قارئ البطاقات عن خطأ. حاول مرة أخرى؛ وإذا تكرر الخطأ فافصل القارئ ثم أعد توصيله.</translation>
    </message>
    <message>
        <source>The card refused the club's keys. It is not one of our cards, or it belongs to another club.</source>
        <translation>رفضت البطاقة مفاتيح نادي العملاء. فهي ليست من بطاقاتنا أو تابعة لنادٍ آخر.</translation>
    </message>
    <message>
        <source>The card refused to be read or written. It may be locked or damaged.</source>
        <translation>رفضت البطاقة القراءة أو الكتابة. قد تكون مقفلة أو تالفة.</translation>
    </message>
    <message>
        <source>The card gave an unexpected answer. It may be of an unsupported kind.</source>
        <translation>أعطت البطاقة استجابة غير متوقعة. قد تكون من نوع غير مدعوم.</translation>
    </message>
    <message>
        <source>The card encoder's port could not be opened. Check the port in the device settings and that the encoder is plugged in.</source>
        <translation>تعذّر فتح منفذ جهاز ترميز البطاقات. تحقق من المنفذ في إعدادات الأجهزة ومن توصيل جهاز الترميز.</translation>
    </message>
    <message>
        <source>The card encoder is not connected.</source>
        <translation>جهاز ترميز البطاقات غير متصل.</translation>
    </message>
    <message>
        <source>The card encoder is still busy with the previous card.</source>
        <translation>لا يزال جهاز ترميز البطاقات مشغولًا بالبطاقة السابقة.</translation>
    </message>
    <message>
        <source>The data does not fit on the magnetic stripe.</source>
        <translation>البيانات لا تتسع على الشريط المغناطيسي.</translation>
    </message>
    <message>
        <source>The card encoder did not answer in time. Check that it is plugged in and switched on.</source>
        <translation>لم يستجب جهاز ترميز البطاقات في الوقت المحدد. تحقق من توصيله وتشغيله.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>The card encoder gave an answer this program does not understand. Check the encoder model in the device settings.</source>
        <translation>أعطى جهاز ترميز البطاقات استجابة لا يفهمها هذا البرنامج. تحقق من طراز جهاز الترميز في إعدادات الأجهزة.</translation>
    </message>
    <message>
        <source>The stripe could not be read or written. Swipe the card again, evenly and at a steady speed.</source>
        <translation>تعذّرت قراءة الشريط أو الكتابة عليه. مرّر البطاقة مرة أخرى بشكل مستوٍ وبسرعة ثابتة.</translation>
    </message>
    <message>
        <source>The card encoder refused the command. Check the encoder model in the device settings.</source>
        <translation>رفض جهاز ترميز البطاقات الأمر. تحقق من طراز جهاز الترميز في إعدادات الأجهزة.</translation>
    </message>
    <message>
        <source>The swipe was not good enough to write the card. Swipe it again.</source>
        <translation>لم يكن تمرير البطاقة جيدًا بما يكفي لترميزها. مرّرها مرة أخرى.</translation>
    </message>
    <message>
        <source>The card encoder refused the setting (for example high or low coercivity).</source>
        <translation>رفض جهاز ترميز البطاقات الإعداد (مثل قوة المغنطة العالية أو المنخفضة).</translation>
    </message>
    <message>
        <source>The connection to the card encoder was lost. Check the cable.</source>
        <translation>انقطع الاتصال بجهاز ترميز البطاقات. تحقق من الكابل.</translation>
    </message>
    <message>
        <source>The card encoder reported an error.</source>
        <translation>أبلغ جهاز ترميز البطاقات عن خطأ.</translation>
    </message>
    <message>
        <source>The card could not be read. Place it on the reader again and keep it there for a moment.</source>
        <translation>تعذّرت قراءة البطاقة. ضعها على القارئ مرة أخرى وأبقِها عليه لحظة.</translation>
    </message>
    <message>
        <source>The receipt printer could not be opened. Check the port or device in the device settings and that the printer is on.</source>
        <translation>تعذّر فتح طابعة الإيصالات. تحقق من المنفذ أو الجهاز في إعدادات الأجهزة ومن تشغيل الطابعة.</translation>
    </message>
    <message>
        <source>Sending to the receipt printer failed. Check the cable and the printer.</source>
        <translation>فشل الإرسال إلى طابعة الإيصالات. تحقق من الكابل والطابعة.</translation>
    </message>
    <message>
        <source>The receipt printer stopped taking data. Check for a paper jam, an open cover or an empty roll.</source>
        <translation>توقفت طابعة الإيصالات عن استقبال البيانات. تحقق من عدم انحشار الورق أو فتح الغطاء أو نفاد لفافة الورق.</translation>
    </message>
    <message>
        <source>The receipt printer is still printing the previous receipt.</source>
        <translation>لا تزال طابعة الإيصالات تطبع الإيصال السابق.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>تم إلغاء الطباعة.</translation>
    </message>
    <message>
        <source>The receipt printer reported an error.</source>
        <translation>أبلغت طابعة الإيصالات عن خطأ.</translation>
    </message>
    <message>
        <source>The club's card keys are locked, so this card cannot be checked. A manager can unlock them on the Devices page.</source>
        <translation>مفاتيح البطاقات الخاصة بنادي العملاء مقفلة، لذا لا يمكن التحقق من هذه البطاقة. يمكن لمدير المتجر فتح قفلها من صفحة الأجهزة.</translation>
    </message>
    <message>
        <source>This club has no card keys yet, so cards cannot be written or checked. A manager creates them on the Devices page, under Card keys.</source>
        <translation>لا توجد مفاتيح بطاقات لهذا النادي بعد، لذا لا يمكن كتابة البطاقات أو التحقق منها. ينشئها مدير المتجر من صفحة الأجهزة، ضمن «مفاتيح البطاقات».</translation>
    </message>
</context>
<context>
    <name>Club::Ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>These settings belong to this computer: each desk chooses its own reader, encoder and printer.</source>
        <translation>هذه الإعدادات خاصة بهذا الحاسوب: يختار كل مكتب القارئ وجهاز الترميز والطابعة الخاصة به.</translation>
    </message>
    <message>
        <source>&amp;Save device settings</source>
        <translation>حفظ إعدادات الأجهزة</translation>
    </message>
    <message>
        <source>Contactless card reader</source>
        <translation>قارئ البطاقات اللاتلامسي</translation>
    </message>
    <message>
        <source>The reader's name, or a pattern such as "ACS ACR122U*". Leave it empty to use the first reader.</source>
        <translation>اسم القارئ، أو نمط مثل "ACS ACR122U*". اتركه فارغًا لاستخدام أول قارئ.</translation>
    </message>
    <message>
        <source>Open the member when a card is placed on the reader</source>
        <translation>فتح ملف العضو عند وضع بطاقة على القارئ</translation>
    </message>
    <message>
        <source>Test the reader</source>
        <translation>اختبار القارئ</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>القارئ:</translation>
    </message>
    <message>
        <source>Magnetic stripe</source>
        <translation>الشريط المغناطيسي</translation>
    </message>
    <message>
        <source>A swipe on a keyboard swipe reader opens the member, on any page</source>
        <translation>تمرير البطاقة على قارئ شريط يعمل كلوحة مفاتيح يفتح ملف العضو من أي صفحة</translation>
    </message>
    <message>
        <source>No encoder</source>
        <translation>بلا جهاز ترميز</translation>
    </message>
    <message>
        <source>Pick the port, or type its full path (for example /dev/ttyUSB0 or COM3).</source>
        <translation>اختر المنفذ أو اكتب مساره الكامل (مثلًا /dev/ttyUSB0 أو COM3).</translation>
    </message>
    <message>
        <source>High coercivity (Hi-Co, lasts longer)</source>
        <translation>قوة مغنطة عالية (Hi-Co، تدوم أطول)</translation>
    </message>
    <message>
        <source>Low coercivity (Lo-Co)</source>
        <translation>قوة مغنطة منخفضة (Lo-Co)</translation>
    </message>
    <message>
        <source>Test the encoder</source>
        <translation>اختبار جهاز الترميز</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>جهاز الترميز:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Stripe:</source>
        <translation>الشريط:</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>طابعة الإيصالات</translation>
    </message>
    <message>
        <source>A serial port (/dev/ttyS0, COM1) or a printer device such as /dev/usb/lp0. Leave it empty when there is no receipt printer.</source>
        <translation>منفذ تسلسلي (/dev/ttyS0، COM1) أو جهاز طابعة مثل /dev/usb/lp0. اتركه فارغًا إذا لم تكن هناك طابعة إيصالات.</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>طباعة إيصال تجريبي</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>الطابعة:</translation>
    </message>
    <message>
        <source>Speed (baud):</source>
        <translation>السرعة (باود):</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>قيد الاستخدام: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <source>The reader answers. Place a card on it to test reading.</source>
        <translation>القارئ يستجيب. ضع بطاقة عليه لاختبار القراءة.</translation>
    </message>
    <message>
        <source>The reader works. Card on the reader: chip …%1</source>
        <translation>القارئ يعمل. البطاقة الموجودة على القارئ: شريحة …%1</translation>
    </message>
    <message>
        <source>Choose the encoder and its port first.</source>
        <translation>اختر جهاز الترميز ومنفذه أولًا.</translation>
    </message>
    <message>
        <source>The encoder answered and is set for high-coercivity cards.</source>
        <translation>استجاب جهاز الترميز وهو مضبوط للبطاقات عالية المغنطة (Hi-Co).</translation>
    </message>
    <message>
        <source>The encoder answered and is set for low-coercivity cards.</source>
        <translation>استجاب جهاز الترميز وهو مضبوط للبطاقات منخفضة المغنطة (Lo-Co).</translation>
    </message>
    <message>
        <source>Type the receipt printer's port or device first.</source>
        <translation>اكتب منفذ طابعة الإيصالات أو الجهاز أولًا.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>The test receipt was sent to the printer.</source>
        <translation>تم إرسال الإيصال التجريبي إلى الطابعة.</translation>
    </message>
    <message>
        <source>%1 mm paper</source>
        <extracomment>Receipt paper width, e.g. "80 mm paper"</extracomment>
        <translation>ورق %1 مم</translation>
    </message>
</context>
<context>
    <name>Club::Ui::DonationDialog</name>
    <message>
        <source>Donate Points of %1</source>
        <extracomment>Dialog title; %1 is the member's name</extracomment>
        <translation>التبرع بنقاط %1</translation>
    </message>
    <message>
        <source>Worth %1</source>
        <extracomment>What the donated points are worth in money</extracomment>
        <translation>بقيمة %1</translation>
    </message>
    <message>
        <source>&amp;Charity:</source>
        <translation>الجمعية الخيرية:</translation>
    </message>
    <message>
        <source>Available now:</source>
        <translation>المتاح الآن:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>النقاط:</translation>
    </message>
    <message>
        <source>Card P&amp;IN:</source>
        <translation>الرمز السري للبطاقة:</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>تبرّع</translation>
    </message>
    <message>
        <source>No charity is set up. A manager adds them on the Catalog page.</source>
        <translation>لم تُضَف أي جمعية خيرية. يضيفها مدير المتجر في صفحة الكتالوج.</translation>
    </message>
    <message>
        <source>Enter the points to donate.</source>
        <translation>أدخل النقاط المراد التبرع بها.</translation>
    </message>
    <message>
        <source>Customer club</source>
        <translation>نادي العملاء</translation>
    </message>
    <message>
        <source>Donation receipt</source>
        <extracomment>Receipt heading</extracomment>
        <translation>إيصال التبرع</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>A masked card number: only its last four digits are printed</extracomment>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>…%1</source>
        <translation>…%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>الجمعية الخيرية</translation>
    </message>
    <message>
        <source>Points donated</source>
        <translation>النقاط المتبرَّع بها</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>On the donation receipt: the money value of the donated points</extracomment>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Points left</source>
        <translation>النقاط المتبقية</translation>
    </message>
    <message>
        <source>Thank you for your kindness.</source>
        <translation>شكرًا لكرمكم.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::EncodeCardDialog</name>
    <message>
        <source>Encode the Card</source>
        <translation>ترميز البطاقة</translation>
    </message>
    <message>
        <source>Card %1 for %2</source>
        <extracomment>%1 is the card number, %2 the member's name</extracomment>
        <translation>البطاقة %1 للعضو %2</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <extracomment>Button: write the card again after a failure</extracomment>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>&amp;Erase the Card</source>
        <extracomment>Button: erase a card of ours so it can be written as a blank</extracomment>
        <translation>مسح البطاقة</translation>
    </message>
    <message>
        <source>&amp;Abandon</source>
        <extracomment>Button: give up encoding; the card number is cancelled</extracomment>
        <translation>التخلي</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>جارٍ التحضير…</translation>
    </message>
    <message>
        <source>Print the Card…</source>
        <extracomment>Button: print this card with its card type's design, on a printer or to a PDF</extracomment>
        <translation>طباعة البطاقة…</translation>
    </message>
</context>
<context>
    <name>Club::Ui::EngagementPage</name>
    <message>
        <source>&amp;Lotteries</source>
        <extracomment>Tab: lottery draws and contests for members</extracomment>
        <translation>السحوبات</translation>
    </message>
    <message>
        <source>S&amp;urveys</source>
        <translation>الاستبيانات</translation>
    </message>
    <message>
        <source>Engagement</source>
        <extracomment>Side bar page: lotteries, contests and surveys for members</extracomment>
        <translation>التفاعل</translation>
    </message>
</context>
<context>
    <name>Club::Ui::FieldErrors</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the log.</source>
        <translation>حدث خطأ ما. التفاصيل مسجّلة في سجل البرنامج.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::FundedCreditDialog</name>
    <message>
        <source>The organisation &amp;pays for this person's credit purchases</source>
        <translation>تدفع المؤسسة ثمن مشتريات هذا الشخص بالائتمان</translation>
    </message>
    <message>
        <source>Organisation Credit for %1</source>
        <extracomment>%1 is a member's name</extracomment>
        <translation>ائتمان المؤسسة لـ%1</translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>حد الائتمان:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>The limit is the person's credit limit; they need a credit card of the club to buy on it. Purchases and returns appear on the organisation's statement.</source>
        <translation>الحد هو حد الائتمان لهذا الشخص؛ ويحتاج إلى بطاقة ائتمان من النادي للشراء به. تظهر المشتريات والمرتجعات في كشف حساب المؤسسة.</translation>
    </message>
    <message>
        <source>Enter the limit as a whole amount.</source>
        <translation>أدخل الحد مبلغًا صحيحًا بلا كسور.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::GiftChargeDialog</name>
    <message>
        <source>Charge Gift Card</source>
        <translation>شحن بطاقة هدية</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>البطاقة:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>المبلغ:</translation>
    </message>
    <message>
        <source>C&amp;harge</source>
        <translation>شحن</translation>
    </message>
    <message>
        <source>The member has no active gift card.</source>
        <translation>لا توجد لدى العضو بطاقة هدية نشطة.</translation>
    </message>
    <message>
        <source>Enter the amount the customer pays.</source>
        <translation>أدخل المبلغ الذي يدفعه العميل.</translation>
    </message>
    <message>
        <source>Charge %1 on card %2?</source>
        <extracomment>%1 amount, %2 card number</extracomment>
        <translation>هل تريد شحن %1 على البطاقة %2؟</translation>
    </message>
    <message>
        <source>The central server cannot be reached. The charge is kept and sent when it is back (pending sync).</source>
        <translation>تعذّر الوصول إلى الخادم المركزي. حُفظت عملية الشحن وستُرسل عند عودة الاتصال (بانتظار المزامنة).</translation>
    </message>
</context>
<context>
    <name>Club::Ui::GiftDialog</name>
    <message>
        <source>Gift for points</source>
        <translation>هدية مقابل النقاط</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>الهدية</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>&amp;Give the gift…</source>
        <translation>تسليم الهدية…</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>الكمية:</translation>
    </message>
    <message>
        <source>Costs:</source>
        <translation>التكلفة:</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln point(s) to spend.</source>
        <translation>
            <numerusform>لدى %1 %Ln نقطة للاستخدام.</numerusform>
            <numerusform>لدى %1 %Ln نقطة للاستخدام.</numerusform>
            <numerusform>لدى %1 %Ln نقطتان للاستخدام.</numerusform>
            <numerusform>لدى %1 %Ln نقاط للاستخدام.</numerusform>
            <numerusform>لدى %1 %Ln نقطة للاستخدام.</numerusform>
            <numerusform>لدى %1 %Ln نقطة للاستخدام.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>غير مُتتبَّع</translation>
    </message>
    <message>
        <source>No gift is in stock.</source>
        <translation>لا توجد هدايا متوفرة في المخزون.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطتان</numerusform>
            <numerusform>%Ln نقاط</numerusform>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %1 × %2 for %Ln point(s)?</source>
        <translation>
            <numerusform>هل تريد تسليم %1 × %2 مقابل %Ln نقطة؟</numerusform>
            <numerusform>هل تريد تسليم %1 × %2 مقابل %Ln نقطة؟</numerusform>
            <numerusform>هل تريد تسليم %1 × %2 مقابل %Ln نقطتين؟</numerusform>
            <numerusform>هل تريد تسليم %1 × %2 مقابل %Ln نقاط؟</numerusform>
            <numerusform>هل تريد تسليم %1 × %2 مقابل %Ln نقطة؟</numerusform>
            <numerusform>هل تريد تسليم %1 × %2 مقابل %Ln نقطة؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gift recorded: %Ln point(s) spent.</source>
        <translation>
            <numerusform>تم تسجيل الهدية: استُخدمت %Ln نقطة.</numerusform>
            <numerusform>تم تسجيل الهدية: استُخدمت %Ln نقطة.</numerusform>
            <numerusform>تم تسجيل الهدية: استُخدمت %Ln نقطتان.</numerusform>
            <numerusform>تم تسجيل الهدية: استُخدمت %Ln نقاط.</numerusform>
            <numerusform>تم تسجيل الهدية: استُخدمت %Ln نقطة.</numerusform>
            <numerusform>تم تسجيل الهدية: استُخدمت %Ln نقطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The central server cannot be reached: %1 may spend up to %Ln point(s) offline.</source>
        <extracomment>%1 the member's name</extracomment>
        <translation>
            <numerusform>تعذّر الوصول إلى الخادم المركزي: يمكن أن يستخدم %1 دون اتصال ما يصل إلى %Ln نقطة.</numerusform>
            <numerusform>تعذّر الوصول إلى الخادم المركزي: يمكن أن يستخدم %1 دون اتصال ما يصل إلى نقطة واحدة.</numerusform>
            <numerusform>تعذّر الوصول إلى الخادم المركزي: يمكن أن يستخدم %1 دون اتصال ما يصل إلى نقطتين.</numerusform>
            <numerusform>تعذّر الوصول إلى الخادم المركزي: يمكن أن يستخدم %1 دون اتصال ما يصل إلى %Ln نقاط.</numerusform>
            <numerusform>تعذّر الوصول إلى الخادم المركزي: يمكن أن يستخدم %1 دون اتصال ما يصل إلى %Ln نقطة.</numerusform>
            <numerusform>تعذّر الوصول إلى الخادم المركزي: يمكن أن يستخدم %1 دون اتصال ما يصل إلى %Ln نقطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gift kept for the central server (pending sync): %Ln point(s) to spend.</source>
        <translation>
            <numerusform>حُفظت الهدية لإرسالها إلى الخادم المركزي (بانتظار المزامنة): ستُستخدم %Ln نقطة.</numerusform>
            <numerusform>حُفظت الهدية لإرسالها إلى الخادم المركزي (بانتظار المزامنة): ستُستخدم نقطة واحدة.</numerusform>
            <numerusform>حُفظت الهدية لإرسالها إلى الخادم المركزي (بانتظار المزامنة): ستُستخدم نقطتان.</numerusform>
            <numerusform>حُفظت الهدية لإرسالها إلى الخادم المركزي (بانتظار المزامنة): ستُستخدم %Ln نقاط.</numerusform>
            <numerusform>حُفظت الهدية لإرسالها إلى الخادم المركزي (بانتظار المزامنة): ستُستخدم %Ln نقطة.</numerusform>
            <numerusform>حُفظت الهدية لإرسالها إلى الخادم المركزي (بانتظار المزامنة): ستُستخدم %Ln نقطة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::GiftReturnDialog</name>
    <message>
        <source>Return Gift Card Charge</source>
        <translation>إرجاع شحن بطاقة هدية</translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>Columns of a gift card's charges</extracomment>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Charged on</source>
        <translation>تاريخ الشحن</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>The whole charge is paid back in money and the card is blocked. A charge whose value was partly spent cannot be returned.</source>
        <translation>يُعاد مبلغ الشحن كاملًا نقدًا ويتم إيقاف البطاقة. لا يمكن إرجاع شحن تم إنفاق جزء من قيمته.</translation>
    </message>
    <message>
        <source>&amp;Return Charge</source>
        <translation>إرجاع الشحن</translation>
    </message>
    <message>
        <source>Choose the charge to return.</source>
        <translation>اختر الشحن المراد إرجاعه.</translation>
    </message>
    <message>
        <source>Pay back %1 and block the card?</source>
        <translation>هل تريد إعادة %1 وإيقاف البطاقة؟</translation>
    </message>
    <message>
        <source>This charge cannot be returned: some of the value it put on the card has already been spent.</source>
        <translation>لا يمكن إرجاع هذا الشحن: تم إنفاق جزء من القيمة التي أضافها إلى البطاقة.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::GuildsTab</name>
    <message>
        <source>Guilds</source>
        <translation>فئات التجار</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>فئة التجار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشطة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::InventoryPage</name>
    <message>
        <source>&amp;Low stock only</source>
        <translation>المخزون المنخفض فقط</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>استلام…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>تحويل…</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>تسوية…</translation>
    </message>
    <message>
        <source>Stock &amp;Count…</source>
        <translation>جرد المخزون…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>المتوفر</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Record a purchase receipt into this warehouse</source>
        <translation>تسجيل استلام مشتريات في هذا المستودع</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <extracomment>Before the warehouse chooser</extracomment>
        <translation>المستودع:</translation>
    </message>
    <message>
        <source>Inventory</source>
        <extracomment>Side bar page title</extracomment>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Purchase receipt</source>
        <translation>استلام مشتريات</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>بيع</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرتجع</translation>
    </message>
    <message>
        <source>Gift given</source>
        <translation>هدية مسلَّمة</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>تحويل صادر</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>تحويل وارد</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>Stock count adjustment</source>
        <translation>تسوية جرد</translation>
    </message>
    <message>
        <source>Add or remove stock with a reason</source>
        <translation>إضافة مخزون أو خصمه مع ذكر السبب</translation>
    </message>
    <message>
        <source>Only a manager adjusts stock by hand; a stock count corrects it too.</source>
        <translation>تسوية المخزون يدويًا متاحة لمدير المتجر فقط؛ ويمكن تصحيحه أيضًا بالجرد.</translation>
    </message>
    <message>
        <source>No warehouse yet. A manager creates the warehouses of each branch.</source>
        <translation>لا يوجد مستودع بعد. يُنشئ مدير المتجر مستودعات كل فرع.</translation>
    </message>
    <message>
        <source>Low stock</source>
        <extracomment>The state of a stock level at or below its minimum</extracomment>
        <translation>مخزون منخفض</translation>
    </message>
    <message>
        <source>Nothing is low on stock here.</source>
        <translation>لا يوجد مخزون منخفض هنا.</translation>
    </message>
    <message>
        <source>No stock in this warehouse yet. Record a receipt.</source>
        <translation>لا يوجد مخزون في هذا المستودع بعد. سجّل استلام مشتريات.</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <extracomment>An operator whose name the viewer may not read; %1 is their number</extracomment>
        <translation>المستخدم %1</translation>
    </message>
    <message>
        <source>Choose a product to see its movements.</source>
        <translation>اختر منتجًا لعرض حركاته.</translation>
    </message>
    <message>
        <source>Movements of %1 in %2</source>
        <extracomment>%1 is a product, %2 a warehouse</extracomment>
        <translation>حركات %1 في %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;New Warehouse…</source>
        <translation>مستودع جديد…</translation>
    </message>
    <message>
        <source>Set &amp;Minimum…</source>
        <translation>تحديد الحد الأدنى…</translation>
    </message>
    <message>
        <source>Add a warehouse to your branch</source>
        <translation>إضافة مستودع إلى فرعك</translation>
    </message>
    <message>
        <source>The stock at or below which the selected product is marked low</source>
        <translation>كمية المخزون التي يُعتبر عندها المنتج المحدد أو دونها مخزونًا منخفضًا</translation>
    </message>
    <message>
        <source>Only a manager sets the low-stock minimums.</source>
        <translation>مدير المتجر فقط يمكنه تحديد الحد الأدنى للمخزون المنخفض.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::IssueCardDialog</name>
    <message>
        <source>Issue Card</source>
        <translation>إصدار بطاقة</translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation>نوع البطاقة:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>الرمز السري:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>تأكيد الرمز السري:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <extracomment>Button: issue the card now</extracomment>
        <translation>إصدار</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A card type in a list: its name and its kind, e.g. "Gold club (Loyalty)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No card type is active. A manager adds one under Card Types.</source>
        <translation>لا يوجد نوع بطاقة فعّال. يمكن لمدير المتجر إضافة نوع من صفحة «أنواع البطاقات».</translation>
    </message>
    <message>
        <source>Never expires.</source>
        <translation>لا تنتهي صلاحيتها.</translation>
    </message>
    <message>
        <source>Blank cards on hand: %1</source>
        <translation>البطاقات الفارغة المتوفرة: %1</translation>
    </message>
    <message>
        <source>Choose a card type.</source>
        <translation>اختر نوع البطاقة.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>الرمزان السريان غير متطابقين.</translation>
    </message>
    <message>
        <source>Card issued.
Number: %1</source>
        <extracomment>Shown after issuing a card; %1 is the new card number</extracomment>
        <translation>تم إصدار البطاقة.
الرقم: %1</translation>
    </message>
    <message numerus="yes">
        <source>Valid for %Ln month(s).</source>
        <translation>
            <numerusform>صالحة لمدة %Ln شهر.</numerusform>
            <numerusform>صالحة لمدة شهر واحد.</numerusform>
            <numerusform>صالحة لمدة شهرين.</numerusform>
            <numerusform>صالحة لمدة %Ln أشهر.</numerusform>
            <numerusform>صالحة لمدة %Ln شهرًا.</numerusform>
            <numerusform>صالحة لمدة %Ln شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs a PIN of %1 to %2 digits.</source>
        <extracomment>%1 and %2 are the fewest and most digits of a PIN</extracomment>
        <translation>يلزم رمز سري من %1 إلى %2 أرقام.</translation>
    </message>
    <message>
        <source>The card was not encoded, so its number was cancelled. Press Issue to try with a new number.</source>
        <translation>لم يتم ترميز البطاقة، لذا أُلغي رقمها. اضغط «إصدار» للمحاولة برقم جديد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::Labels</name>
    <message>
        <source>Loyalty</source>
        <extracomment>Card kind: a card that collects points</extracomment>
        <translation>ولاء</translation>
    </message>
    <message>
        <source>Discount</source>
        <extracomment>Card kind: a card that gives a fixed discount</extracomment>
        <translation>خصم</translation>
    </message>
    <message>
        <source>Gift</source>
        <extracomment>Card kind: a prepaid gift card holding money</extracomment>
        <translation>هدية</translation>
    </message>
    <message>
        <source>Warranty</source>
        <extracomment>Card kind: a card that proves a product's warranty</extracomment>
        <translation>ضمان</translation>
    </message>
    <message>
        <source>Internal credit</source>
        <extracomment>Card kind: the store lends to the member (buy now, pay later)</extracomment>
        <translation>ائتمان داخلي</translation>
    </message>
    <message>
        <source>Installment</source>
        <extracomment>Card kind: purchases paid back in installments</extracomment>
        <translation>تقسيط</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Card status</extracomment>
        <translation>فعّالة</translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>Card status
----------
Card history event</extracomment>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>Card status: a new card was issued in its place</extracomment>
        <translation>مستبدلة</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>مفقودة</translation>
    </message>
    <message>
        <source>Stolen</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>مسروقة</translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>تالفة</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A card's block reason and the operator's note, e.g. "Lost: left at the counter"</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>Card history event</extracomment>
        <translation>تم الإصدار</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <extracomment>Card history event</extracomment>
        <translation>تم إلغاء الإيقاف</translation>
    </message>
    <message>
        <source>Replaced by a new card</source>
        <extracomment>Card history event: this card was replaced by a new one</extracomment>
        <translation>استُبدلت ببطاقة جديدة</translation>
    </message>
    <message>
        <source>Issued as a replacement</source>
        <extracomment>Card history event: this card was issued in place of an old one</extracomment>
        <translation>صدرت بطاقةً بديلة</translation>
    </message>
    <message>
        <source>PIN set</source>
        <extracomment>Card history event</extracomment>
        <translation>تم تعيين الرمز السري</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <extracomment>Card history event</extracomment>
        <translation>تم تغيير الرمز السري</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <extracomment>Card history event: a wrong PIN was typed</extracomment>
        <translation>رمز سري خاطئ</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <extracomment>Card history event: too many wrong PINs</extracomment>
        <translation>قُفل الرمز السري</translation>
    </message>
    <message>
        <source>PIN unlocked</source>
        <extracomment>Card history event</extracomment>
        <translation>فُتح قفل الرمز السري</translation>
    </message>
    <message>
        <source>%1; new card %2</source>
        <extracomment>Card history: why the card was replaced, then the new card's (masked) number</extracomment>
        <translation>%1؛ البطاقة الجديدة %2</translation>
    </message>
    <message>
        <source>Replaces %1; %2</source>
        <extracomment>Card history: the (masked) number of the card this one replaces, then why</extracomment>
        <translation>بديلة عن %1؛ %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln wrong try(s) in a row</source>
        <extracomment>Card history: how many wrong PINs in a row</extracomment>
        <translation>
            <numerusform>%Ln محاولة خاطئة متتالية</numerusform>
            <numerusform>%Ln محاولة خاطئة</numerusform>
            <numerusform>%Ln محاولتان خاطئتان متتاليتان</numerusform>
            <numerusform>%Ln محاولات خاطئة متتالية</numerusform>
            <numerusform>%Ln محاولةً خاطئة متتالية</numerusform>
            <numerusform>%Ln محاولة خاطئة متتالية</numerusform>
        </translation>
    </message>
    <message>
        <source>White</source>
        <extracomment>Membership tier</extracomment>
        <translation>أبيض</translation>
    </message>
    <message>
        <source>Bronze</source>
        <extracomment>Membership tier</extracomment>
        <translation>برونزي</translation>
    </message>
    <message>
        <source>Silver</source>
        <extracomment>Membership tier</extracomment>
        <translation>فضي</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>Membership tier</extracomment>
        <translation>ذهبي</translation>
    </message>
    <message>
        <source>Platinum</source>
        <extracomment>Membership tier</extracomment>
        <translation>بلاتيني</translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>Ledger transaction kind: points earned on a purchase</extracomment>
        <translation>نقاط مكتسبة</translation>
    </message>
    <message>
        <source>Points spent</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation>نقاط مستخدمة</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <extracomment>Ledger transaction kind: a manager's manual correction</extracomment>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>Points expired</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation>نقاط منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>Ledger transaction kind: points moved between family accounts</extracomment>
        <translation>تحويل</translation>
    </message>
    <message>
        <source>Sign-up bonus</source>
        <extracomment>Ledger transaction kind: points given for joining the club</extracomment>
        <translation>مكافأة التسجيل</translation>
    </message>
    <message>
        <source>Birthday gift</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation>هدية عيد الميلاد</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <extracomment>Ledger transaction kind: points for bringing in a new member</extracomment>
        <translation>مكافأة الإحالة</translation>
    </message>
    <message>
        <source>Gift card charged</source>
        <extracomment>Ledger transaction kind: money put on a gift card</extracomment>
        <translation>شحن بطاقة هدية</translation>
    </message>
    <message>
        <source>Gift card spent</source>
        <extracomment>Ledger transaction kind: money spent from a gift card</extracomment>
        <translation>صرف من بطاقة هدية</translation>
    </message>
    <message>
        <source>Not specified</source>
        <extracomment>Gender not given</extracomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Awaiting encoding</source>
        <extracomment>Card status: issued, waiting to be encoded and handed over</extracomment>
        <translation>بانتظار الترميز</translation>
    </message>
    <message>
        <source>Void</source>
        <extracomment>Card status: encoding failed or was abandoned; the number is never used again</extracomment>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Activated from stock</source>
        <extracomment>Card history event: a pre-printed stock card was activated and became this member's card</extracomment>
        <translation>فُعّلت من المخزون</translation>
    </message>
    <message>
        <source>Donation</source>
        <extracomment>Ledger transaction kind: points given to a charity</extracomment>
        <translation>تبرّع</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LedgerHistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>Column: date and time</extracomment>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>Column: what kind of transaction (points earned, spent...)</extracomment>
        <translation>المعاملة</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column: change of the stored value (gift money)</extracomment>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Donation to %1</source>
        <extracomment>Member history: points donated to the charity %1</extracomment>
        <translation>تبرّع إلى %1</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LimitDialog</name>
    <message>
        <source>The member's own &amp;limit:</source>
        <translation>الحد الخاص بالعضو:</translation>
    </message>
    <message>
        <source>Use the &amp;card type's limit</source>
        <translation>استخدام حد نوع البطاقة</translation>
    </message>
    <message>
        <source>Set Credit Limit</source>
        <translation>تحديد حد الائتمان</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Columns of the limit history</extracomment>
        <translation>من</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>تاريخ التحديد</translation>
    </message>
    <message>
        <source>The card type's limit</source>
        <translation>حد نوع البطاقة</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>المبلغ:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>&amp;Save Limit</source>
        <translation>حفظ الحد</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>السجل:</translation>
    </message>
    <message>
        <source>Enter the limit.</source>
        <translation>أدخل الحد.</translation>
    </message>
    <message>
        <source>Say why the limit changes.</source>
        <translation>اذكر سبب تغيير الحد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <extracomment>Window title of the login dialog; %1 is the store's name</extracomment>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>%1 — Log in</source>
        <translation>%1 — تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LotteriesPanel</name>
    <message>
        <source>Open</source>
        <extracomment>Lottery status: entries not frozen yet</extracomment>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Entries frozen</source>
        <extracomment>Lottery status: entries frozen, not drawn yet</extracomment>
        <translation>المشاركات مجمّدة</translation>
    </message>
    <message>
        <source>Drawn</source>
        <extracomment>Lottery status: the draw has run</extracomment>
        <translation>تم السحب</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>A winner's message: sent</extracomment>
        <translation>تم الإرسال</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل الإرسال</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>لم يُرسَل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>الفائزون</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>المُنفَق</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>الجائزة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>&amp;New Lottery…</source>
        <translation>سحب جديد…</translation>
    </message>
    <message>
        <source>&amp;Freeze Entries…</source>
        <translation>تجميد المشاركات…</translation>
    </message>
    <message>
        <source>&amp;Draw…</source>
        <translation>إجراء السحب…</translation>
    </message>
    <message>
        <source>&amp;Verify Draw</source>
        <translation>التحقق من السحب</translation>
    </message>
    <message>
        <source>N&amp;otify Winners</source>
        <translation>إبلاغ الفائزين</translation>
    </message>
    <message>
        <source>E&amp;xport Entries…</source>
        <translation>تصدير المشاركات…</translation>
    </message>
    <message>
        <source>Recorded when the entries are frozen</source>
        <extracomment>Shown where the seed will be once the entries are frozen</extracomment>
        <translation>تُسجَّل عند تجميد المشاركات</translation>
    </message>
    <message>
        <source>Draw again from the frozen entries and the seed, and compare with the winners</source>
        <translation>أعد إجراء السحب من المشاركات المجمّدة والبذرة، وقارن النتيجة بالفائزين</translation>
    </message>
    <message>
        <source>Save the frozen entries as CSV, to re-run the draw elsewhere</source>
        <translation>احفظ المشاركات المجمّدة بصيغة CSV لإعادة إجراء السحب في مكان آخر</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>البذرة:</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period of days: first day – last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose a lottery, or make a new one.</source>
        <translation>اختر سحبًا، أو أنشئ سحبًا جديدًا.</translation>
    </message>
    <message>
        <source>one ticket per %1 points earned</source>
        <translation>تذكرة واحدة لكل %1 نقطة مكتسبة</translation>
    </message>
    <message>
        <source>one ticket per %1 spent</source>
        <translation>تذكرة واحدة لكل %1 من الإنفاق</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s) per purchase</source>
        <translation>
            <numerusform>%Ln تذكرة لكل عملية شراء</numerusform>
            <numerusform>%Ln تذكرة لكل عملية شراء</numerusform>
            <numerusform>%Ln تذكرتان لكل عملية شراء</numerusform>
            <numerusform>%Ln تذاكر لكل عملية شراء</numerusform>
            <numerusform>%Ln تذكرةً لكل عملية شراء</numerusform>
            <numerusform>%Ln تذكرة لكل عملية شراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln ticket(s) per member</source>
        <translation>
            <numerusform>%Ln تذكرة كحد أقصى لكل عضو</numerusform>
            <numerusform>%Ln تذكرة كحد أقصى لكل عضو</numerusform>
            <numerusform>%Ln تذكرتان كحد أقصى لكل عضو</numerusform>
            <numerusform>%Ln تذاكر كحد أقصى لكل عضو</numerusform>
            <numerusform>%Ln تذكرةً كحد أقصى لكل عضو</numerusform>
            <numerusform>%Ln تذكرة كحد أقصى لكل عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <source>a gift</source>
        <translation>هدية</translation>
    </message>
    <message>
        <source>Tickets: %1.
Winners: %2. Prize for each: %3.</source>
        <extracomment>Rules of a lottery: %1 the ticket rules, %2 the number of winners, %3 the prize</extracomment>
        <translation>التذاكر: %1.
الفائزون: %2. جائزة كل فائز: %3.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Freeze Entries</source>
        <translation>تجميد المشاركات</translation>
    </message>
    <message>
        <source>Freeze the entries now? Each member's tickets are counted from the period's sales as they are now and can never change afterwards; a seed for the draw is recorded and shown.</source>
        <translation>هل تريد تجميد المشاركات الآن؟ تُحتسب تذاكر كل عضو من مبيعات الفترة كما هي الآن ولا يمكن أن تتغير بعد ذلك أبدًا؛ وتُسجَّل بذرة للسحب وتُعرض.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>السحب</translation>
    </message>
    <message>
        <source>Run the draw now? It runs only once; the winners get their prizes at once.</source>
        <translation>هل تريد إجراء السحب الآن؟ لا يُجرى إلا مرة واحدة؛ ويحصل الفائزون على جوائزهم فورًا.</translation>
    </message>
    <message>
        <source>Verify Draw</source>
        <translation>التحقق من السحب</translation>
    </message>
    <message>
        <source>The draw is verified: drawn again from the frozen entries and the seed, it gives the same winners in the same order.</source>
        <translation>تم التحقق من السحب: عند إعادة إجرائه من المشاركات المجمّدة والبذرة، يعطي الفائزين أنفسهم بالترتيب نفسه.</translation>
    </message>
    <message>
        <source>The draw does NOT match: drawn again from the frozen entries and the seed, it gives other winners. The entries or the winners were changed outside the program.</source>
        <translation>السحب غير مطابق: عند إعادة إجرائه من المشاركات المجمّدة والبذرة، يعطي فائزين آخرين. تم تغيير المشاركات أو الفائزين خارج البرنامج.</translation>
    </message>
    <message>
        <source>Export Entries</source>
        <translation>تصدير المشاركات</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LotteryDialog</name>
    <message>
        <source>New Lottery</source>
        <translation>سحب جديد</translation>
    </message>
    <message>
        <source>No cap</source>
        <extracomment>Maximum tickets per member: 0 means no cap</extracomment>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>مثلًا ١٠٠</translation>
    </message>
    <message>
        <source>e.g. 1,000,000</source>
        <translation>مثلًا ١٬٠٠٠٬٠٠٠</translation>
    </message>
    <message>
        <source>No gift</source>
        <extracomment>No gift as a lottery prize</extracomment>
        <translation>بلا هدية</translation>
    </message>
    <message>
        <source>No message</source>
        <extracomment>No message is sent to the lottery's winners</extracomment>
        <translation>بلا رسالة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>إلى (ضمنًا):</translation>
    </message>
    <message>
        <source>One ticket per &amp;points earned:</source>
        <translation>النقاط المكتسبة لكل تذكرة:</translation>
    </message>
    <message>
        <source>One ticket per &amp;amount spent:</source>
        <translation>المبلغ المُنفَق لكل تذكرة:</translation>
    </message>
    <message>
        <source>Tickets per p&amp;urchase:</source>
        <translation>التذاكر لكل عملية شراء:</translation>
    </message>
    <message>
        <source>&amp;Most tickets per member:</source>
        <translation>الحد الأقصى للتذاكر لكل عضو:</translation>
    </message>
    <message>
        <source>&amp;Winners:</source>
        <translation>الفائزون:</translation>
    </message>
    <message>
        <source>Prize p&amp;oints per winner:</source>
        <translation>نقاط الجائزة لكل فائز:</translation>
    </message>
    <message>
        <source>&amp;Gift per winner:</source>
        <translation>الهدية لكل فائز:</translation>
    </message>
    <message>
        <source>Message to &amp;winners:</source>
        <translation>رسالة إلى الفائزين:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>اليوم الأخير قبل اليوم الأول.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>&amp;Find a member</source>
        <translation>بحث عن عضو</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <extracomment>Status bar: the operator's full name and their role</extracomment>
        <translation>المستخدم: %1 (%2)</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>الفرع: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Main window title: the store's name, then the program's name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Card not read</source>
        <translation>لم تُقرأ البطاقة</translation>
    </message>
    <message>
        <source>Card refused</source>
        <translation>البطاقة مرفوضة</translation>
    </message>
    <message>
        <source>Card %1 read.</source>
        <translation>تمت قراءة البطاقة %1.</translation>
    </message>
    <message>
        <source>Card service off</source>
        <translation>خدمة البطاقات متوقفة</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>لا يوجد قارئ بطاقات</translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation>قارئ البطاقات جاهز</translation>
    </message>
    <message>
        <source>Card keys unlocked</source>
        <translation>تم فتح قفل مفاتيح البطاقات</translation>
    </message>
    <message>
        <source>Card keys locked</source>
        <translation>مفاتيح البطاقات مقفلة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberCardsPanel</name>
    <message>
        <source>I&amp;ssue Card…</source>
        <translation>إصدار بطاقة…</translation>
    </message>
    <message>
        <source>This member has no card yet.</source>
        <translation>لا توجد بطاقة لهذا العضو بعد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberChartsPanel</name>
    <message>
        <source>Spent</source>
        <translation>المُنفَق</translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>Points the member earned in a month</extracomment>
        <translation>النقاط المكتسبة</translation>
    </message>
    <message>
        <source>Points spent</source>
        <extracomment>Points the member paid with in a month</extracomment>
        <translation>النقاط المستخدمة</translation>
    </message>
    <message>
        <source>Purchases by month, last 12 months</source>
        <translation>المشتريات حسب الشهر، آخر ١٢ شهرًا</translation>
    </message>
    <message>
        <source>Points earned and spent by month, last 12 months</source>
        <translation>النقاط المكتسبة والمستخدمة حسب الشهر، آخر ١٢ شهرًا</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberDialog</name>
    <message>
        <source>New Member</source>
        <translation>عضو جديد</translation>
    </message>
    <message>
        <source>Edit Member — %1</source>
        <extracomment>Window title; %1 is the member's name</extracomment>
        <translation>تعديل العضو — %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <extracomment>Shown in the referrer field when nobody referred the member</extracomment>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>The tier follows the points earned; it cannot be set by hand.</source>
        <extracomment>Tooltip of the member's tier in the member form</extracomment>
        <translation>يتحدد المستوى حسب النقاط المكتسبة، ولا يمكن تعيينه يدويًا.</translation>
    </message>
    <message>
        <source>No &amp;SMS messages</source>
        <translation>دون رسائل نصية (SMS)</translation>
    </message>
    <message>
        <source>No e-&amp;mail messages</source>
        <translation>دون رسائل بريد إلكتروني</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <extracomment>Button: pick the member who referred this one</extracomment>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: remove the referrer</extracomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة:</translation>
    </message>
    <message>
        <source>M&amp;obile:</source>
        <translation>رقم الجوال:</translation>
    </message>
    <message>
        <source>National &amp;code:</source>
        <translation>الرقم الوطني:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>Ma&amp;rriage date:</source>
        <translation>تاريخ الزواج:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>بإحالة من:</translation>
    </message>
    <message>
        <source>Gro&amp;ups:</source>
        <translation>المجموعات:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <extracomment>In the member form when the store has no member groups yet</extracomment>
        <translation>لا توجد مجموعات بعد</translation>
    </message>
    <message>
        <source>Who Referred This Member?</source>
        <extracomment>Window title of the member finder used for the referrer</extracomment>
        <translation>من أحال هذا العضو؟</translation>
    </message>
    <message>
        <source>%1
Open that member?</source>
        <extracomment>%1 says which member already has this mobile or national code</extracomment>
        <translation>%1
هل تريد فتح ملف هذا العضو؟</translation>
    </message>
    <message>
        <source>Already Registered</source>
        <extracomment>Title of the question asked when a mobile or national code is already registered</extracomment>
        <translation>مسجّل مسبقًا</translation>
    </message>
    <message>
        <source>The store's language</source>
        <extracomment>The member's message language: none chosen, messages use the store's language</extracomment>
        <translation>لغة المتجر</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Messages &amp;written in:</source>
        <extracomment>Label of the language the member's SMS and e-mail messages are written in</extracomment>
        <translation>لغة الرسائل:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberFamilyPanel</name>
    <message>
        <source>&amp;Join a Family…</source>
        <translation>الانضمام إلى عائلة…</translation>
    </message>
    <message>
        <source>Lea&amp;ve the Family…</source>
        <translation>مغادرة العائلة…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column: head of the family or member of it</extracomment>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Head of the family</source>
        <extracomment>Family role of a member</extracomment>
        <translation>رب العائلة</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Not in a family: the points are the member's own.</source>
        <translation>ليس ضمن عائلة: النقاط خاصة بالعضو وحده.</translation>
    </message>
    <message>
        <source>Join Whose Family?</source>
        <extracomment>Window title of the member finder used to join a family</extracomment>
        <translation>إلى عائلة مَن سينضم العضو؟</translation>
    </message>
    <message>
        <source>Add %1 to the family of %2?
The points of %1 move to the family account.</source>
        <extracomment>%1 is the member joining, %2 the head of the family</extracomment>
        <translation>هل تريد إضافة %1 إلى عائلة %2؟
ستنتقل نقاط %1 إلى حساب العائلة.</translation>
    </message>
    <message>
        <source>Join a Family</source>
        <translation>الانضمام إلى عائلة</translation>
    </message>
    <message>
        <source>Take %1 out of the family?
The family keeps its points; %1 starts with an empty account.</source>
        <extracomment>%1 is the member leaving the family</extracomment>
        <translation>هل تريد إخراج %1 من العائلة؟
تحتفظ العائلة بنقاطها، ويبدأ %1 بحساب فارغ.</translation>
    </message>
    <message>
        <source>Leave the Family</source>
        <translation>مغادرة العائلة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) share one account and its points.</source>
        <translation>
            <numerusform>%Ln عضو يتشاركون حسابًا واحدًا ونقاطه.</numerusform>
            <numerusform>عضو واحد يملك هذا الحساب ونقاطه.</numerusform>
            <numerusform>عضوان يتشاركان حسابًا واحدًا ونقاطه.</numerusform>
            <numerusform>%Ln أعضاء يتشاركون حسابًا واحدًا ونقاطه.</numerusform>
            <numerusform>%Ln عضوًا يتشاركون حسابًا واحدًا ونقاطه.</numerusform>
            <numerusform>%Ln عضو يتشاركون حسابًا واحدًا ونقاطه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberPickerDialog</name>
    <message>
        <source>&amp;Find:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Name, mobile, national code or card number</source>
        <translation>الاسم أو الجوال أو الرقم الوطني أو رقم البطاقة</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <extracomment>Button: take the selected member</extracomment>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>لم يتم العثور على أي عضو.</translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation>اختر عضوًا من القائمة.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberSearchModel</name>
    <message>
        <source>Active</source>
        <extracomment>Member state in the search list</extracomment>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>National code: %1</source>
        <translation>الرقم الوطني: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Tier</source>
        <extracomment>Membership tier (white, silver, gold...)</extracomment>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column: whether the member is active</extracomment>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberSuggestionsPanel</name>
    <message>
        <source>product %1</source>
        <translation>المنتج %1</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <extracomment>Box on the member page: what to offer the member now</extracomment>
        <translation>اقتراحات</translation>
    </message>
    <message>
        <source>Nothing to suggest right now.</source>
        <translation>لا توجد اقتراحات حاليًا.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln point(s)</source>
        <extracomment>One line of the expiring points: %1 the date, then how many points expire that day</extracomment>
        <translation>
            <numerusform>%1: %Ln نقطة</numerusform>
            <numerusform>%1: %Ln نقطة</numerusform>
            <numerusform>%1: %Ln نقطتان</numerusform>
            <numerusform>%1: %Ln نقاط</numerusform>
            <numerusform>%1: %Ln نقطة</numerusform>
            <numerusform>%1: %Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>When something happens, relative to today</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>بعد %Ln يوم</numerusform>
            <numerusform>بعد %Ln يوم</numerusform>
            <numerusform>بعد %Ln يومين</numerusform>
            <numerusform>بعد %Ln أيام</numerusform>
            <numerusform>بعد %Ln يومًا</numerusform>
            <numerusform>بعد %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1 (%2): suggest spending them.</source>
        <extracomment>%Ln points, %1 the date, %2 "today", "tomorrow" or "in 5 days"</extracomment>
        <translation>
            <numerusform>تنتهي صلاحية %Ln نقطة في %1 (%2): اقترح استخدامها.</numerusform>
            <numerusform>تنتهي صلاحية %Ln نقطة في %1 (%2): اقترح استخدامها.</numerusform>
            <numerusform>تنتهي صلاحية %Ln نقطتين في %1 (%2): اقترح استخدامهما.</numerusform>
            <numerusform>تنتهي صلاحية %Ln نقاط في %1 (%2): اقترح استخدامها.</numerusform>
            <numerusform>تنتهي صلاحية %Ln نقطة في %1 (%2): اقترح استخدامها.</numerusform>
            <numerusform>تنتهي صلاحية %Ln نقطة في %1 (%2): اقترح استخدامها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday on %1 (%2): a purchase that day earns %Ln bonus point(s).</source>
        <extracomment>%1 the date, %2 "today" or "in 5 days"; %Ln the bonus points of the birthday rule</extracomment>
        <translation>
            <numerusform>عيد الميلاد في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقطة إضافية.</numerusform>
            <numerusform>عيد الميلاد في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقطة إضافية.</numerusform>
            <numerusform>عيد الميلاد في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقطتين إضافيتين.</numerusform>
            <numerusform>عيد الميلاد في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقاط إضافية.</numerusform>
            <numerusform>عيد الميلاد في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقطة إضافية.</numerusform>
            <numerusform>عيد الميلاد في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقطة إضافية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday on %1 (%2).</source>
        <extracomment>%1 the date, %2 "today" or "in 5 days"</extracomment>
        <translation>عيد الميلاد في %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Wedding anniversary on %1 (%2): a purchase that day earns %Ln bonus point(s).</source>
        <extracomment>Marriage anniversary. %1 the date, %2 "today" or "in 5 days"; %Ln the bonus points</extracomment>
        <translation>
            <numerusform>ذكرى الزواج في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقطة إضافية.</numerusform>
            <numerusform>ذكرى الزواج في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقطة إضافية.</numerusform>
            <numerusform>ذكرى الزواج في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقطتين إضافيتين.</numerusform>
            <numerusform>ذكرى الزواج في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقاط إضافية.</numerusform>
            <numerusform>ذكرى الزواج في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقطة إضافية.</numerusform>
            <numerusform>ذكرى الزواج في %1 (%2): الشراء في ذلك اليوم يمنح %Ln نقطة إضافية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wedding anniversary on %1 (%2).</source>
        <extracomment>Marriage anniversary. %1 the date, %2 "today" or "in 5 days"</extracomment>
        <translation>ذكرى الزواج في %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Gift within reach: %1 for %Ln point(s) (%2 available).</source>
        <extracomment>%1 the gift's name; %Ln its price in points; %2 the member's spendable points</extracomment>
        <translation>
            <numerusform>هدية في المتناول: %1 مقابل %Ln نقطة (المتاح %2).</numerusform>
            <numerusform>هدية في المتناول: %1 مقابل %Ln نقطة (المتاح %2).</numerusform>
            <numerusform>هدية في المتناول: %1 مقابل %Ln نقطتين (المتاح %2).</numerusform>
            <numerusform>هدية في المتناول: %1 مقابل %Ln نقاط (المتاح %2).</numerusform>
            <numerusform>هدية في المتناول: %1 مقابل %Ln نقطة (المتاح %2).</numerusform>
            <numerusform>هدية في المتناول: %1 مقابل %Ln نقطة (المتاح %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more point(s) to earn the gift %1.</source>
        <extracomment>%Ln points still to earn; %1 the gift's name</extracomment>
        <translation>
            <numerusform>يلزم %Ln نقطة إضافية للحصول على الهدية %1.</numerusform>
            <numerusform>يلزم %Ln نقطة إضافية للحصول على الهدية %1.</numerusform>
            <numerusform>يلزم %Ln نقطتان إضافيتان للحصول على الهدية %1.</numerusform>
            <numerusform>يلزم %Ln نقاط إضافية للحصول على الهدية %1.</numerusform>
            <numerusform>يلزم %Ln نقطة إضافية للحصول على الهدية %1.</numerusform>
            <numerusform>يلزم %Ln نقطة إضافية للحصول على الهدية %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more in purchases to earn the gift %2.</source>
        <extracomment>%1 an amount of money still to spend; %2 the gift's name</extracomment>
        <translation>يلزم مشتريات إضافية بقيمة %1 للحصول على الهدية %2.</translation>
    </message>
    <message numerus="yes">
        <source>Usually buys %1 every %Ln day(s); last bought on %2: due again.</source>
        <extracomment>%1 a product; %Ln the usual number of days between purchases; %2 the last purchase's date</extracomment>
        <translation>
            <numerusform>يشتري %1 عادةً كل %Ln يوم؛ آخر شراء في %2: حان موعد الشراء مجددًا.</numerusform>
            <numerusform>يشتري %1 عادةً كل %Ln يوم؛ آخر شراء في %2: حان موعد الشراء مجددًا.</numerusform>
            <numerusform>يشتري %1 عادةً كل %Ln يومين؛ آخر شراء في %2: حان موعد الشراء مجددًا.</numerusform>
            <numerusform>يشتري %1 عادةً كل %Ln أيام؛ آخر شراء في %2: حان موعد الشراء مجددًا.</numerusform>
            <numerusform>يشتري %1 عادةً كل %Ln يومًا؛ آخر شراء في %2: حان موعد الشراء مجددًا.</numerusform>
            <numerusform>يشتري %1 عادةً كل %Ln يوم؛ آخر شراء في %2: حان موعد الشراء مجددًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points expiring in the next %Ln day(s)</source>
        <translation>
            <numerusform>لا نقاط تنتهي صلاحيتها خلال %Ln يوم</numerusform>
            <numerusform>نقاط تنتهي صلاحيتها خلال يوم واحد (%Ln)</numerusform>
            <numerusform>نقاط تنتهي صلاحيتها خلال يومين (%Ln)</numerusform>
            <numerusform>نقاط تنتهي صلاحيتها خلال %Ln أيام</numerusform>
            <numerusform>نقاط تنتهي صلاحيتها خلال %Ln يومًا</numerusform>
            <numerusform>نقاط تنتهي صلاحيتها خلال %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No points expire in the next %Ln day(s).</source>
        <translation>
            <numerusform>لا تنتهي صلاحية أي نقاط خلال %Ln يوم.</numerusform>
            <numerusform>لا تنتهي صلاحية أي نقاط خلال يوم واحد (%Ln).</numerusform>
            <numerusform>لا تنتهي صلاحية أي نقاط خلال يومين (%Ln).</numerusform>
            <numerusform>لا تنتهي صلاحية أي نقاط خلال %Ln أيام.</numerusform>
            <numerusform>لا تنتهي صلاحية أي نقاط خلال %Ln يومًا.</numerusform>
            <numerusform>لا تنتهي صلاحية أي نقاط خلال %Ln يوم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberTierPanel</name>
    <message>
        <source>Upgraded</source>
        <extracomment>Tier history: the member moved up after a sale</extracomment>
        <translation>تمت الترقية</translation>
    </message>
    <message>
        <source>Lowered at the review</source>
        <extracomment>Tier history: the periodic review moved the member down</extracomment>
        <translation>خُفِّض عند المراجعة</translation>
    </message>
    <message>
        <source>Kept at the review</source>
        <extracomment>Tier history: the periodic review kept the member's tier</extracomment>
        <translation>أُبقي عند المراجعة</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <extracomment>Tier history: %1 is the money spent in the tier window</extracomment>
        <translation>إنفاق %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) earned</source>
        <extracomment>Tier history: %Ln is the number of points earned in the tier window</extracomment>
        <translation>
            <numerusform>%Ln نقطة مكتسبة</numerusform>
            <numerusform>%Ln نقطة مكتسبة</numerusform>
            <numerusform>%Ln نقطتان مكتسبتان</numerusform>
            <numerusform>%Ln نقاط مكتسبة</numerusform>
            <numerusform>%Ln نقطة مكتسبة</numerusform>
            <numerusform>%Ln نقطة مكتسبة</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column: the tier before the change</extracomment>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Column: the tier after the change</extracomment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Based on</source>
        <extracomment>Column: what the tier was decided on</extracomment>
        <translation>على أساس</translation>
    </message>
    <message>
        <source>The member's tier has not changed yet.</source>
        <translation>لم يتغيّر مستوى العضو بعد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberView</name>
    <message>
        <source>&amp;Back to Search</source>
        <translation>العودة إلى البحث</translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation>العودة إلى البحث (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>الجوال:</translation>
    </message>
    <message>
        <source>National code:</source>
        <translation>الرقم الوطني:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>المجموعات:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>تاريخ الميلاد:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation>عضو منذ:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>النقاط:</translation>
    </message>
    <message>
        <source>Available now:</source>
        <extracomment>Points that may be spent now</extracomment>
        <translation>المتاح الآن:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <extracomment>Points earned but not yet spendable (return window)</extracomment>
        <translation>معلّقة:</translation>
    </message>
    <message>
        <source>Stored value:</source>
        <extracomment>Gift card money on the account</extracomment>
        <translation>رصيد الهدايا:</translation>
    </message>
    <message>
        <source>Next expiry:</source>
        <translation>أقرب انتهاء صلاحية:</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>البطاقات</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Tr&amp;ansactions</source>
        <extracomment>Tab of the member view: the last ledger transactions</extracomment>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <extracomment>Member state shown next to the name</extracomment>
        <translation>(غير نشط)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>تعطيل…</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>إعادة تفعيل…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) on %1</source>
        <extracomment>%Ln points expire on the date %1</extracomment>
        <translation>
            <numerusform>%Ln نقطة في %1</numerusform>
            <numerusform>%Ln نقطة في %1</numerusform>
            <numerusform>%Ln نقطتان في %1</numerusform>
            <numerusform>%Ln نقاط في %1</numerusform>
            <numerusform>%Ln نقطةً في %1</numerusform>
            <numerusform>%Ln نقطة في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing expires</source>
        <extracomment>No points will expire</extracomment>
        <translation>لا تنتهي صلاحية أي نقاط</translation>
    </message>
    <message>
        <source>Reactivate %1?</source>
        <extracomment>%1 is the member's name</extracomment>
        <translation>هل تريد إعادة تفعيل %1؟</translation>
    </message>
    <message>
        <source>Deactivate %1?
The member stays on record and can be reactivated later.</source>
        <extracomment>%1 is the member's name</extracomment>
        <translation>هل تريد تعطيل %1؟
يبقى العضو في السجلات ويمكن إعادة تفعيله لاحقًا.</translation>
    </message>
    <message>
        <source>Reactivate Member</source>
        <translation>إعادة تفعيل العضو</translation>
    </message>
    <message>
        <source>Deactivate Member</source>
        <translation>تعطيل العضو</translation>
    </message>
    <message>
        <source>Print balance</source>
        <translation>طباعة الرصيد</translation>
    </message>
    <message>
        <source>Print the member's points balance on the receipt printer</source>
        <translation>طباعة رصيد نقاط العضو على طابعة الإيصالات</translation>
    </message>
    <message>
        <source>No receipt printer is set up on this computer. Choose one on the Devices page.</source>
        <translation>لم تُضبط أي طابعة إيصالات على هذا الكمبيوتر. اختر طابعة من صفحة الأجهزة.</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>مرتجع…</translation>
    </message>
    <message>
        <source>Take back goods from one of this member's sales</source>
        <translation>استرجاع بضائع من إحدى عمليات البيع لهذا العضو</translation>
    </message>
    <message>
        <source>T&amp;ier History</source>
        <extracomment>Tab of the member view: the member's tier changes</extracomment>
        <translation>سجل المستويات</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <extracomment>Tab of the member view: charts of the member's last twelve months</extracomment>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>None</source>
        <comment>groups</comment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Answer &amp;survey…</source>
        <translation>الإجابة عن استبيان…</translation>
    </message>
    <message>
        <source>Record this member's answers to an open survey</source>
        <translation>سجّل إجابات هذا العضو عن استبيان مفتوح</translation>
    </message>
    <message>
        <source>D&amp;onate Points…</source>
        <translation>التبرع بالنقاط…</translation>
    </message>
    <message>
        <source>Give some of the member's points to a charity</source>
        <translation>امنح بعض نقاط العضو لجمعية خيرية</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>المؤسسات:</translation>
    </message>
    <message>
        <source>&amp;Warranties</source>
        <extracomment>Tab of the member view: warranties of items the member bought, with their service history</extracomment>
        <translation>الضمانات</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <extracomment>An organisation the member belongs to, with their staff or student number there</extracomment>
        <translation>%1 (رقم %2)</translation>
    </message>
    <message>
        <source>None</source>
        <comment>organisations</comment>
        <translation>لا توجد</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MembersPage</name>
    <message>
        <source>Show &amp;inactive members</source>
        <translation>عرض الأعضاء غير النشطين</translation>
    </message>
    <message>
        <source>&amp;New Member…</source>
        <translation>عضو جديد…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>بحث:</translation>
    </message>
    <message>
        <source>Name, mobile, national code or card number</source>
        <translation>الاسم أو الجوال أو الرقم الوطني أو رقم البطاقة</translation>
    </message>
    <message>
        <source>Register a new member (%1)</source>
        <translation>تسجيل عضو جديد (%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>Side bar page title</extracomment>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>No members yet. Register the first with New Member.</source>
        <translation>لا يوجد أعضاء بعد. سجّل أول عضو عبر «عضو جديد».</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>لم يتم العثور على أي عضو.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln عضو</numerusform>
            <numerusform>%Ln عضو</numerusform>
            <numerusform>%Ln عضوان</numerusform>
            <numerusform>%Ln أعضاء</numerusform>
            <numerusform>%Ln عضوًا</numerusform>
            <numerusform>%Ln عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the members of a saved segment</source>
        <translation>عرض أعضاء شريحة محفوظة فقط</translation>
    </message>
    <message>
        <source>All members</source>
        <extracomment>Members page: no segment filter</extracomment>
        <translation>كل الأعضاء</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln newest members are shown. Type a name, mobile or card number to find others.</source>
        <translation>
            <numerusform>يُعرض أحدث %Ln عضو. اكتب اسمًا أو رقم جوال أو رقم بطاقة للعثور على غيرهم.</numerusform>
            <numerusform>يُعرض أحدث %Ln عضو. اكتب اسمًا أو رقم جوال أو رقم بطاقة للعثور على غيرهم.</numerusform>
            <numerusform>يُعرض أحدث %Ln عضوين. اكتب اسمًا أو رقم جوال أو رقم بطاقة للعثور على غيرهم.</numerusform>
            <numerusform>يُعرض أحدث %Ln أعضاء. اكتب اسمًا أو رقم جوال أو رقم بطاقة للعثور على غيرهم.</numerusform>
            <numerusform>يُعرض أحدث %Ln عضوًا. اكتب اسمًا أو رقم جوال أو رقم بطاقة للعثور على غيرهم.</numerusform>
            <numerusform>يُعرض أحدث %Ln عضو. اكتب اسمًا أو رقم جوال أو رقم بطاقة للعثور على غيرهم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln matches are shown. Type more to narrow the search.</source>
        <translation>
            <numerusform>تُعرض أول %Ln نتيجة. اكتب المزيد لتضييق البحث.</numerusform>
            <numerusform>تُعرض أول %Ln نتيجة. اكتب المزيد لتضييق البحث.</numerusform>
            <numerusform>تُعرض أول %Ln نتيجتين. اكتب المزيد لتضييق البحث.</numerusform>
            <numerusform>تُعرض أول %Ln نتائج. اكتب المزيد لتضييق البحث.</numerusform>
            <numerusform>تُعرض أول %Ln نتيجة. اكتب المزيد لتضييق البحث.</numerusform>
            <numerusform>تُعرض أول %Ln نتيجة. اكتب المزيد لتضييق البحث.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::MerchantsTab</name>
    <message>
        <source>Points earned at one merchant may be &amp;spent at another</source>
        <translation>يمكن استخدام النقاط المكتسبة لدى تاجر عند تاجر آخر</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>التجار</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>التاجر</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>فئة التجار</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1 (this store)</source>
        <extracomment>The home merchant: the store itself, in the merchants list</extracomment>
        <translation>%1 (هذا المتجر)</translation>
    </message>
    <message>
        <source>Kept here</source>
        <translation>تبقى هنا</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>مشتركة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MessagingPage</name>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>المناسبات</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Messaging</source>
        <extracomment>Side bar page: messages to members (SMS, email, campaigns)</extracomment>
        <translation>المراسلات</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MessagingSettingsPanel</name>
    <message>
        <source>Email (SMTP)</source>
        <translation>البريد الإلكتروني (SMTP)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <extracomment>SMTP over TLS from the first byte (usually port 465)</extracomment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>بدون (غير مشفّر)</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>فقط لخادم له شهادته الخاصة</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>الأمان:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>عنوان المرسِل:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>اسم المرسِل:</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>ملف الشهادة:</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>إرسال بريد إلكتروني تجريبي</translation>
    </message>
    <message>
        <source>Test address:</source>
        <translation>عنوان الاختبار:</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>بوابة SMS</translation>
    </message>
    <message>
        <source>Kavenegar-style REST</source>
        <extracomment>SMS gateway presets: an Iranian provider's REST API shape</extracomment>
        <translation>REST بنمط Kavenegar</translation>
    </message>
    <message>
        <source>SMS.ir-style JSON</source>
        <translation>JSON بنمط SMS.ir</translation>
    </message>
    <message>
        <source>Other (generic HTTP)</source>
        <translation>أخرى (HTTP عام)</translation>
    </message>
    <message>
        <source>Any 2xx</source>
        <extracomment>HTTP status 0 in the SMS settings: any 2xx answer counts</extracomment>
        <translation>أي رمز 2xx</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>المزوّد:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>الطريقة:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>نص الطلب:</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>نوع المحتوى:</translation>
    </message>
    <message>
        <source>Auth header:</source>
        <translation>ترويسة المصادقة:</translation>
    </message>
    <message>
        <source>Auth value:</source>
        <translation>قيمة المصادقة:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>مفتاح API:</translation>
    </message>
    <message>
        <source>Sender number:</source>
        <translation>رقم المرسِل:</translation>
    </message>
    <message>
        <source>Success status:</source>
        <translation>حالة النجاح:</translation>
    </message>
    <message>
        <source>Success JSON field:</source>
        <translation>حقل JSON للنجاح:</translation>
    </message>
    <message>
        <source>Success value:</source>
        <translation>قيمة النجاح:</translation>
    </message>
    <message>
        <source>Success pattern:</source>
        <translation>نمط النجاح:</translation>
    </message>
    <message>
        <source>In the address and body, {to}, {to_local}, {message}, {sender} and {apikey} are replaced.</source>
        <translation>في العنوان ونص الطلب، يُستبدل كلٌّ من {to} و{to_local} و{message} و{sender} و{apikey}.</translation>
    </message>
    <message>
        <source>Send a test SMS</source>
        <translation>إرسال رسالة SMS تجريبية</translation>
    </message>
    <message>
        <source>Test number:</source>
        <translation>رقم الاختبار:</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Messages are written in:</source>
        <translation>لغة الرسائل:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>The test message went to %1.</source>
        <translation>أُرسلت الرسالة التجريبية إلى %1.</translation>
    </message>
    <message>
        <source>•••• (stored)</source>
        <extracomment>In an empty password field: a password is saved but never shown; typing replaces it.</extracomment>
        <translation>•••• (محفوظ)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::NetworkItemDialog</name>
    <message>
        <source>New guild</source>
        <translation>فئة تجار جديدة</translation>
    </message>
    <message>
        <source>Edit guild</source>
        <translation>تعديل فئة التجار</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>New merchant</source>
        <translation>تاجر جديد</translation>
    </message>
    <message>
        <source>Edit merchant</source>
        <translation>تعديل التاجر</translation>
    </message>
    <message>
        <source>(choose a guild)</source>
        <translation>(اختر فئة التجار)</translation>
    </message>
    <message>
        <source>&amp;Guild:</source>
        <translation>فئة التجار:</translation>
    </message>
    <message>
        <source>&amp;Keep points here: do not take other merchants' points and do not let these be spent elsewhere</source>
        <translation>إبقاء النقاط هنا: عدم قبول نقاط التجار الآخرين وعدم السماح بإنفاق هذه النقاط في مكان آخر</translation>
    </message>
    <message>
        <source>New branch</source>
        <translation>فرع جديد</translation>
    </message>
    <message>
        <source>Edit branch</source>
        <translation>تعديل الفرع</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation>التاجر:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::NetworkListTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Deactivate %1? It stays in the history and can be activated again.</source>
        <translation>هل تريد تعطيل %1؟ سيبقى في السجل ويمكن تفعيله مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>&amp;Branches</source>
        <translation>الفروع</translation>
    </message>
    <message>
        <source>&amp;Merchants</source>
        <translation>التجار</translation>
    </message>
    <message>
        <source>&amp;Guilds</source>
        <translation>فئات التجار</translation>
    </message>
    <message>
        <source>&amp;Settlement</source>
        <translation>التسوية</translation>
    </message>
</context>
<context>
    <name>Club::Ui::NewStockBatchDialog</name>
    <message>
        <source>New Card Batch</source>
        <extracomment>Dialog title: make a batch of pre-printed cards that belong to no member yet</extracomment>
        <translation>دفعة بطاقات جديدة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A card type in a list: %1 its name, %2 its kind (loyalty, discount, gift)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation>نوع البطاقة:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>الفرع:</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <extracomment>How many cards the batch makes</extracomment>
        <translation>عدد البطاقات:</translation>
    </message>
    <message>
        <source>Gift &amp;value:</source>
        <extracomment>Money a gift card carries, given to the member when the card is activated</extracomment>
        <translation>قيمة الهدية:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Make Cards</source>
        <translation>إنشاء البطاقات</translation>
    </message>
    <message>
        <source>Enter the gift value in digits.</source>
        <translation>أدخل قيمة الهدية بالأرقام.</translation>
    </message>
    <message>
        <source>Making %1 cards…</source>
        <extracomment>Progress while a batch of cards is made; %1 is how many</extracomment>
        <translation>جارٍ إنشاء %1 بطاقة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <extracomment>Who pays for a gift card's preloaded value: the customer who gets the card (money taken)</extracomment>
        <translation>يدفعها العميل</translation>
    </message>
    <message>
        <source>Promotion, given by the club</source>
        <extracomment>Who pays for a gift card's preloaded value: the club gives it away, booked as a promotion cost</extracomment>
        <translation>ترويجية، يمنحها النادي</translation>
    </message>
    <message>
        <source>Value &amp;paid by:</source>
        <extracomment>Label of the choice: whether the customer pays for the gift value or the club gives it</extracomment>
        <translation>الجهة التي تدفع القيمة:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OccasionsPanel</name>
    <message>
        <source>Birthday</source>
        <translation>عيد الميلاد</translation>
    </message>
    <message>
        <source>Marriage anniversary</source>
        <translation>ذكرى الزواج</translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation>نقاط قاربت صلاحيتها على الانتهاء</translation>
    </message>
    <message>
        <source>Tier change</source>
        <translation>تغيّر المستوى</translation>
    </message>
    <message>
        <source>Occasion</source>
        <extracomment>Columns of the occasion messages list. "Tries": how many times sending was tried; "Next try": when a failed one is tried again by itself</extracomment>
        <translation>المناسبة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Warn ahead</source>
        <translation>التنبيه المسبق</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>&amp;Save occasions</source>
        <translation>حفظ المناسبات</translation>
    </message>
    <message>
        <source>Occasion messages go out once a day, with the daily jobs, and never twice for the same occasion.</source>
        <translation>تُرسل رسائل المناسبات مرة واحدة يوميًا مع المهام اليومية، ولا تُرسل مرتين للمناسبة نفسها أبدًا.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Show &amp;failed messages only</source>
        <translation>عرض الرسائل الفاشلة فقط</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>عدد المحاولات</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>المحاولة التالية</translation>
    </message>
    <message>
        <source>Last error or reason</source>
        <translation>آخر خطأ أو سبب</translation>
    </message>
    <message>
        <source>Send the chosen failed message again now. Failed messages are also tried again by themselves a few times, waiting longer each time.</source>
        <extracomment>Tooltip of the Retry now button of the occasion messages</extracomment>
        <translation>أرسل الرسالة الفاشلة المحددة مرة أخرى الآن. كما تُعاد محاولة إرسال الرسائل الفاشلة تلقائيًا بضع مرات، مع انتظار أطول في كل مرة.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>تم إرسال الرسالة.</translation>
    </message>
    <message>
        <source>The message failed again; the reason is in the list.</source>
        <translation>فشل إرسال الرسالة مرة أخرى؛ السبب مذكور في القائمة.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorDialog</name>
    <message>
        <source>Edit Operator</source>
        <translation>تعديل المستخدم</translation>
    </message>
    <message>
        <source>Add Operator</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>Any branch</source>
        <translation>أي فرع</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>الفرع:</translation>
    </message>
    <message>
        <source>&amp;May log in</source>
        <translation>يمكنه تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation>تكرار كلمة المرور:</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتب كلمة المرور مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorModel</name>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Locked out</source>
        <extracomment>In the "Locked out" column: too many wrong passwords</extracomment>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: whether the operator may log in</extracomment>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إضافة…</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrgImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>مسافة جدولة (Tab)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>&amp;Check (Dry Run)</source>
        <translation>فحص (تشغيل تجريبي)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Enrol the People of %1</source>
        <extracomment>%1 is an organisation's name</extracomment>
        <translation>تسجيل منتسبي %1</translation>
    </message>
    <message>
        <source>CSV file:</source>
        <translation>ملف CSV:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>أي عمود يقابل أي بيان</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (إلزامي):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Columns of the dry run's report: the spreadsheet's row number, the person, what is wrong</extracomment>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>المشكلات والملاحظات</translation>
    </message>
    <message>
        <source>Choose the file (in Excel: Save As, "CSV UTF-8" or "CSV"). Nothing is saved until you import, and the import saves every row or none.</source>
        <translation>اختر الملف (في Excel: «حفظ باسم»، ثم "CSV UTF-8" أو "CSV"). لا يُحفظ شيء حتى تنفّذ الاستيراد، والاستيراد يحفظ جميع الصفوف أو لا يحفظ أيًّا منها.</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>اختيار الملف</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>This file is too large to be a list of people.</source>
        <translation>هذا الملف أكبر من أن يكون قائمة أشخاص.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>تعذّر فتح الملف: %1</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2: %3 rows.</source>
        <extracomment>%1 text encoding (UTF-8, Windows-1256), %2 comma/semicolon/tab, %3 number of rows</extracomment>
        <translation>قُرئ بترميز %1، والأعمدة مفصولة بـ%2: %3 صف.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>جارٍ فحص كل الصفوف…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln people into the organisation.</source>
        <translation>
            <numerusform>لم يُستورد أي شخص إلى المؤسسة (%Ln).</numerusform>
            <numerusform>تم استيراد شخص واحد إلى المؤسسة.</numerusform>
            <numerusform>تم استيراد شخصين إلى المؤسسة.</numerusform>
            <numerusform>تم استيراد %Ln أشخاص إلى المؤسسة.</numerusform>
            <numerusform>تم استيراد %Ln شخصًا إلى المؤسسة.</numerusform>
            <numerusform>تم استيراد %Ln شخص إلى المؤسسة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows can be imported. Press Import to save them.</source>
        <translation>
            <numerusform>يمكن استيراد جميع الصفوف (%Ln). اضغط «استيراد» لحفظها.</numerusform>
            <numerusform>يمكن استيراد الصف الوحيد (%Ln). اضغط «استيراد» لحفظه.</numerusform>
            <numerusform>يمكن استيراد الصفين كليهما (%Ln). اضغط «استيراد» لحفظهما.</numerusform>
            <numerusform>يمكن استيراد جميع الصفوف الـ%Ln. اضغط «استيراد» لحفظها.</numerusform>
            <numerusform>يمكن استيراد جميع الصفوف الـ%Ln. اضغط «استيراد» لحفظها.</numerusform>
            <numerusform>يمكن استيراد جميع الصفوف الـ%Ln. اضغط «استيراد» لحفظها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have errors (in red below). Correct the file and check again: nothing is imported while any row has an error.</source>
        <translation>
            <numerusform>%Ln صف فيها أخطاء (باللون الأحمر أدناه). صحّح الملف وافحصه مرة أخرى: لا يُستورد شيء ما دام في أي صف خطأ.</numerusform>
            <numerusform>صف واحد (%Ln) فيه أخطاء (باللون الأحمر أدناه). صحّح الملف وافحصه مرة أخرى: لا يُستورد شيء ما دام في أي صف خطأ.</numerusform>
            <numerusform>صفّان (%Ln) فيهما أخطاء (باللون الأحمر أدناه). صحّح الملف وافحصه مرة أخرى: لا يُستورد شيء ما دام في أي صف خطأ.</numerusform>
            <numerusform>%Ln صفوف فيها أخطاء (باللون الأحمر أدناه). صحّح الملف وافحصه مرة أخرى: لا يُستورد شيء ما دام في أي صف خطأ.</numerusform>
            <numerusform>%Ln صفًّا فيها أخطاء (باللون الأحمر أدناه). صحّح الملف وافحصه مرة أخرى: لا يُستورد شيء ما دام في أي صف خطأ.</numerusform>
            <numerusform>%Ln صف فيها أخطاء (باللون الأحمر أدناه). صحّح الملف وافحصه مرة أخرى: لا يُستورد شيء ما دام في أي صف خطأ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrgStatementDialog</name>
    <message>
        <source>Statement to %1</source>
        <extracomment>%1 is an organisation's name</extracomment>
        <translation>كشف حساب %1</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>الشهر:</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Columns of an organisation's monthly statement</extracomment>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>الرقم الوظيفي</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The last line of a statement</extracomment>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 month name, %2 year</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Purchases %1, returns %2: the organisation owes %3.</source>
        <translation>المشتريات %1، والمرتجعات %2: المستحق على المؤسسة %3.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrganisationDialog</name>
    <message>
        <source>Company</source>
        <translation>شركة</translation>
    </message>
    <message>
        <source>Union</source>
        <extracomment>A trade union or guild of workers</extracomment>
        <translation>نقابة</translation>
    </message>
    <message>
        <source>University</source>
        <translation>جامعة</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>مصرف</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>فعّالة</translation>
    </message>
    <message>
        <source>New Organisation</source>
        <translation>مؤسسة جديدة</translation>
    </message>
    <message>
        <source>Edit Organisation</source>
        <translation>تعديل المؤسسة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>جهة الاتصال:</translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation>هاتف جهة الاتصال:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>بريد جهة الاتصال الإلكتروني:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translation>المؤسسات</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrganisationsPanel</name>
    <message>
        <source>Show &amp;deactivated</source>
        <translation>إظهار المعطّلة</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>إضافة عضو…</translation>
    </message>
    <message>
        <source>E&amp;nd Membership</source>
        <translation>إنهاء العضوية</translation>
    </message>
    <message>
        <source>Organisation &amp;Credit…</source>
        <translation>ائتمان المؤسسة…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>كشف الحساب…</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Columns of the organisations list</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Columns of an organisation's members</extracomment>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>الرقم الوظيفي</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>تاريخ الانضمام</translation>
    </message>
    <message>
        <source>Organisation credit</source>
        <translation>ائتمان المؤسسة</translation>
    </message>
    <message>
        <source>Enrol many people at once from a CSV file exported from Excel</source>
        <translation>تسجيل عدد كبير من الأشخاص دفعة واحدة من ملف CSV مُصدَّر من Excel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعّالة</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>أعضاء %1</translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation>اختر مؤسسة.</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>مموَّل</translation>
    </message>
    <message>
        <source>Add a Member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>Staff Number</source>
        <translation>الرقم الوظيفي</translation>
    </message>
    <message>
        <source>Staff or student number of %1 at %2 (may be empty):</source>
        <extracomment>%1 member, %2 organisation</extracomment>
        <translation>الرقم الوظيفي أو الجامعي لـ%1 في %2 (يمكن تركه فارغًا):</translation>
    </message>
    <message>
        <source>End Membership</source>
        <extracomment>%1 member, %2 organisation</extracomment>
        <translation>إنهاء العضوية</translation>
    </message>
    <message>
        <source>%1 no longer belongs to %2? Organisation discounts and credit end today.</source>
        <translation>هل لم يعد %1 منتسبًا إلى %2؟ تنتهي خصومات المؤسسة وائتمانها اليوم.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OutboxConflictsDialog</name>
    <message>
        <source>Show &amp;settled ones too</source>
        <translation>عرض التي تمت تسويتها أيضًا</translation>
    </message>
    <message>
        <source>Se&amp;ttle…</source>
        <translation>تسوية…</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Why the server refused</source>
        <translation>سبب رفض الخادم</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>تمت التسوية</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>بلا بطاقة</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Settle a refused sale</source>
        <translation>تسوية عملية بيع مرفوضة</translation>
    </message>
    <message>
        <source>What was done (for example: the customer paid the difference):</source>
        <translation>ما الذي تم (مثلًا: دفع العميل الفرق):</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>عملية بيع</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرتجع</translation>
    </message>
    <message>
        <source>Gift</source>
        <extracomment>A gift given for points</extracomment>
        <translation>هدية</translation>
    </message>
    <message>
        <source>Gift card charge</source>
        <translation>شحن بطاقة هدية</translation>
    </message>
    <message>
        <source>Points bought</source>
        <translation>شراء نقاط</translation>
    </message>
    <message>
        <source>What the server refused</source>
        <translation>العمليات التي رفضها الخادم</translation>
    </message>
    <message>
        <source>These sales, returns, gifts, gift card charges and point purchases were made while the central server could not be reached, and the server refused them when they were sent. Settle each with the customer, then write down what was done.</source>
        <translation>أُجريت عمليات البيع والمرتجعات والهدايا وعمليات شحن بطاقات الهدايا وشراء النقاط هذه أثناء تعذّر الوصول إلى الخادم المركزي، ورفضها الخادم عند إرسالها. قم بتسوية كل منها مع العميل، ثم اكتب ما تم اتخاذه.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation>لا توجد عمليات مرفوضة.</translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>A member registered at this desk, sent to the central server</extracomment>
        <translation>عضو جديد</translation>
    </message>
    <message>
        <source>New card</source>
        <extracomment>A card issued at this desk, sent to the central server</extracomment>
        <translation>بطاقة جديدة</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>إيقاف بطاقة</translation>
    </message>
    <message>
        <source>Card unblocked</source>
        <translation>إلغاء إيقاف بطاقة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PasswordDialog</name>
    <message>
        <source>New Password for %1</source>
        <extracomment>%1 is the operator's full name</extracomment>
        <translation>كلمة مرور جديدة لـ %1</translation>
    </message>
    <message>
        <source>The operator logs in with this password from now on. Setting it also lifts a lock-out after too many wrong passwords.</source>
        <translation>سيسجّل المستخدم دخوله بكلمة المرور هذه من الآن فصاعدًا. ويؤدي تعيينها أيضًا إلى رفع القفل الناتج عن إدخال كلمات مرور خاطئة كثيرة.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>تكرار كلمة المرور:</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتب كلمة المرور مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PaymentDialog</name>
    <message>
        <source>Take Payment from %1</source>
        <extracomment>Dialog title; %1 is the member's name</extracomment>
        <translation>استلام دفعة من %1</translation>
    </message>
    <message>
        <source>The payment goes to the oldest unpaid installment first, then to the debt that is not in a plan.</source>
        <translation>تُخصم الدفعة أولًا من أقدم قسط غير مدفوع، ثم من الدين غير المدرج في خطة.</translation>
    </message>
    <message>
        <source>Owed:</source>
        <translation>المستحق:</translation>
    </message>
    <message>
        <source>In installments:</source>
        <translation>في الأقساط:</translation>
    </message>
    <message>
        <source>&amp;Amount paid:</source>
        <translation>المبلغ المدفوع:</translation>
    </message>
    <message>
        <source>&amp;Take Payment</source>
        <translation>استلام الدفعة</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>أدخل المبلغ المدفوع.</translation>
    </message>
    <message>
        <source>The member owes only %1.</source>
        <translation>المبلغ المستحق على العضو %1 فقط.</translation>
    </message>
    <message>
        <source>Take Payment</source>
        <translation>استلام دفعة</translation>
    </message>
    <message>
        <source>Take a payment of %1?</source>
        <translation>هل تريد استلام دفعة بمبلغ %1؟</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation>تعيين الرمز السري</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>تغيير الرمز السري</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <extracomment>Window title: a manager replaces a forgotten PIN</extracomment>
        <translation>إعادة ضبط الرمز السري</translation>
    </message>
    <message>
        <source>Card %1</source>
        <extracomment>%1 is a card number</extracomment>
        <translation>البطاقة %1</translation>
    </message>
    <message>
        <source>The old PIN stops working.</source>
        <translation>سيتوقف الرمز السري القديم عن العمل.</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>الرمز السري الحالي:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>رمز سري جديد:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>تأكيد الرمز السري:</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>الرمزان السريان غير متطابقين.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PlanDialog</name>
    <message>
        <source>Open Installment Plan</source>
        <translation>فتح خطة تقسيط</translation>
    </message>
    <message>
        <source>An amount</source>
        <extracomment>What an installment plan is over</extracomment>
        <translation>مبلغ محدد</translation>
    </message>
    <message>
        <source>Receipt %1 of %2: %3 on credit</source>
        <extracomment>A credit sale in a list: %1 receipt number, %2 date, %3 amount on credit</extracomment>
        <translation>الإيصال %1 بتاريخ %2: %3 بالائتمان</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Columns of an installment schedule</extracomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Owed outside plans:</source>
        <translation>المستحق خارج الخطط:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>على:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>المبلغ:</translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation>عدد الأقساط:</translation>
    </message>
    <message>
        <source>&amp;First due on:</source>
        <translation>تاريخ استحقاق أول قسط:</translation>
    </message>
    <message>
        <source>&amp;Open Plan</source>
        <translation>فتح الخطة</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>الجدول:</translation>
    </message>
    <message>
        <source>Enter the amount and the first due date to see the schedule.</source>
        <translation>أدخل المبلغ وتاريخ استحقاق أول قسط لعرض الجدول.</translation>
    </message>
    <message>
        <source>Enter the amount to put in installments.</source>
        <translation>أدخل المبلغ المراد تقسيطه.</translation>
    </message>
    <message>
        <source>Enter the first due date.</source>
        <translation>أدخل تاريخ استحقاق أول قسط.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln installment(s), %1 in all.</source>
        <translation>
            <numerusform>%Ln قسط، بإجمالي %1.</numerusform>
            <numerusform>%Ln قسط، بإجمالي %1.</numerusform>
            <numerusform>%Ln قسطان، بإجمالي %1.</numerusform>
            <numerusform>%Ln أقساط، بإجمالي %1.</numerusform>
            <numerusform>%Ln قسطًا، بإجمالي %1.</numerusform>
            <numerusform>%Ln قسط، بإجمالي %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %1 in %Ln installment(s), the first due on %2?</source>
        <extracomment>%1 amount, %Ln number of installments, %2 first due date</extracomment>
        <translation>
            <numerusform>هل تريد تقسيط %1 على %Ln قسط، يستحق أولها في %2؟</numerusform>
            <numerusform>هل تريد تقسيط %1 على %Ln قسط، يستحق أولها في %2؟</numerusform>
            <numerusform>هل تريد تقسيط %1 على %Ln قسطين، يستحق أولها في %2؟</numerusform>
            <numerusform>هل تريد تقسيط %1 على %Ln أقساط، يستحق أولها في %2؟</numerusform>
            <numerusform>هل تريد تقسيط %1 على %Ln قسطًا، يستحق أولها في %2؟</numerusform>
            <numerusform>هل تريد تقسيط %1 على %Ln قسط، يستحق أولها في %2؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::PriceDialog</name>
    <message>
        <source>New Price for %1</source>
        <extracomment>Dialog title; %1 is the product's name</extracomment>
        <translation>سعر جديد لـ %1</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>كل الفروع</translation>
    </message>
    <message>
        <source>The new price closes the current period of the same branch on that day. Past prices are never changed.</source>
        <translation>يُنهي السعر الجديد الفترة الحالية للفرع نفسه في ذلك اليوم. لا تتغير الأسعار السابقة أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>الفرع:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>السعر:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>اعتبارًا من:</translation>
    </message>
    <message>
        <source>Enter the price.</source>
        <translation>أدخل السعر.</translation>
    </message>
    <message>
        <source>Enter the day the price starts.</source>
        <translation>أدخل تاريخ بدء السعر.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PricePanel</name>
    <message>
        <source>New Price from &amp;Date…</source>
        <translation>سعر جديد اعتبارًا من تاريخ…</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Choose a product to see its prices.</source>
        <translation>اختر منتجًا لعرض أسعاره.</translation>
    </message>
    <message>
        <source>Prices of %1</source>
        <extracomment>Above the price chart; %1 is the product's name</extracomment>
        <translation>أسعار %1</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>كل الفروع</translation>
    </message>
    <message>
        <source>(open)</source>
        <extracomment>An open price period has no end yet</extracomment>
        <translation>(مفتوحة)</translation>
    </message>
    <message>
        <source>This product has no price yet.</source>
        <translation>لا يوجد سعر لهذا المنتج بعد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ProductDialog</name>
    <message>
        <source> / </source>
        <extracomment>Separates a product group from its parent group: "Drinks / Tea"</extracomment>
        <translation> / </translation>
    </message>
    <message>
        <source>Offered as a &amp;gift for</source>
        <extracomment>Check box in the product dialog; a number of points follows it</extracomment>
        <translation>يُقدَّم كهدية مقابل</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation>تعديل المنتج</translation>
    </message>
    <message>
        <source>piece, kg, box…</source>
        <extracomment>Placeholder: the unit a product is sold in</extracomment>
        <translation>قطعة، كغ، علبة…</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No product group chosen</extracomment>
        <translation>(بدون)</translation>
    </message>
    <message>
        <source>points</source>
        <extracomment>After "Offered as a gift for [N]"</extracomment>
        <translation>نقطة</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>الرمز:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>الباركود:</translation>
    </message>
    <message>
        <source>Name in &amp;Persian:</source>
        <translation>الاسم بالفارسية:</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>الاسم بالعربية:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>الاسم بالإنجليزية:</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>الوحدة:</translation>
    </message>
    <message>
        <source>Points per &amp;unit sold:</source>
        <translation>النقاط لكل وحدة مبيعة:</translation>
    </message>
    <message>
        <source>Gift:</source>
        <translation>الهدية:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReceiptOutput</name>
    <message>
        <source>Customer club</source>
        <translation>نادي العملاء</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>اختبار الطابعة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>النقاط المكتسبة</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <source>If you can read this, the receipt printer works.</source>
        <translation>إذا كنت تستطيع قراءة هذا، فطابعة الإيصالات تعمل.</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>رصيد النقاط</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>A masked card number: only its last four digits are printed</extracomment>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>…%1</source>
        <translation>…%1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>المتاح الآن</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>رصيد الهدايا</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <extracomment>%Ln points expire on the date %1</extracomment>
        <translation>انتهاء الصلاحية القادم</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) on %1</source>
        <translation>
            <numerusform>%Ln نقطة بتاريخ %1</numerusform>
            <numerusform>%Ln نقطة بتاريخ %1</numerusform>
            <numerusform>%Ln نقطتان بتاريخ %1</numerusform>
            <numerusform>%Ln نقاط بتاريخ %1</numerusform>
            <numerusform>%Ln نقطة بتاريخ %1</numerusform>
            <numerusform>%Ln نقطة بتاريخ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing expires</source>
        <translation>لا توجد نقاط تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source>Thank you for being a member.</source>
        <translation>شكرًا لعضويتك معنا.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RegisterWarrantyDialog</name>
    <message>
        <source>Register Warranty</source>
        <translation>تسجيل الضمان</translation>
    </message>
    <message>
        <source>Enter the months</source>
        <extracomment>Warranty period spin box at 0: the product has no default period</extracomment>
        <translation>أدخل عدد الأشهر</translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>Unit after the warranty period</extracomment>
        <translation> شهر</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>رقم الإيصال:</translation>
    </message>
    <message>
        <source>Sale &amp;line:</source>
        <translation>بند البيع:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>الرقم التسلسلي:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <source>On &amp;card:</source>
        <translation>على البطاقة:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Enter the receipt number.</source>
        <translation>أدخل رقم الإيصال.</translation>
    </message>
    <message>
        <source>Receipt %1 of %2, %3.</source>
        <extracomment>%1 receipt number, %2 date and time, %3 the member's name (or "walk-in customer")</extracomment>
        <translation>الإيصال %1 بتاريخ %2، %3.</translation>
    </message>
    <message>
        <source>walk-in customer</source>
        <translation>عميل عابر</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A sale line in the warranty dialog: product name × quantity</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>بلا بطاقة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Find the sale first: enter its receipt number.</source>
        <translation>ابحث عن عملية البيع أولًا: أدخل رقم إيصالها.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReplaceCardDialog</name>
    <message>
        <source>Replace Card</source>
        <translation>استبدال البطاقة</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>البطاقة:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>العضو:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <extracomment>Placeholder of the note when a card is replaced or blocked</extracomment>
        <translation>صِف ما حدث في بضع كلمات</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>The old card stops working at once. The new card keeps the same points and balance.</source>
        <translation>تتوقف البطاقة القديمة عن العمل فورًا، وتحتفظ البطاقة الجديدة بالنقاط والرصيد نفسيهما.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <extracomment>Button: replace the card now</extracomment>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Replace card %1 of %2?
The old card stops working and a new number is issued.</source>
        <extracomment>%1 is the card number, %2 the member's name</extracomment>
        <translation>هل تريد استبدال البطاقة %1 الخاصة بـ %2؟
ستتوقف البطاقة القديمة عن العمل وسيُصدر رقم جديد.</translation>
    </message>
    <message>
        <source>Card replaced.
New number: %1</source>
        <extracomment>Shown after replacing a card; %1 is the new card number</extracomment>
        <translation>تم استبدال البطاقة.
الرقم الجديد: %1</translation>
    </message>
    <message>
        <source>The new card was not encoded, so the old card still works. Press Replace to try again.</source>
        <translation>لم يتم ترميز البطاقة الجديدة، لذا لا تزال البطاقة القديمة تعمل. اضغط «استبدال» للمحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReportTableModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A report's month: %1 the month's name, %2 the year</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReportsPage</name>
    <message>
        <source>All</source>
        <extracomment>A report filter that keeps everything</extracomment>
        <translation>الكل</translation>
    </message>
    <message>
        <source>&amp;Run Report</source>
        <translation>تشغيل التقرير</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>By month</source>
        <extracomment>How a report groups its rows</extracomment>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>By day</source>
        <extracomment>How a report groups its rows</extracomment>
        <translation>حسب اليوم</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation>الفترات:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>الفرع:</translation>
    </message>
    <message>
        <source>Card t&amp;ype:</source>
        <translation>نوع البطاقة:</translation>
    </message>
    <message>
        <source>Member &amp;group:</source>
        <translation>مجموعة الأعضاء:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <source>Product gro&amp;up:</source>
        <translation>مجموعة المنتجات:</translation>
    </message>
    <message>
        <source>The report was stopped.</source>
        <translation>تم إيقاف التقرير.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <extracomment>A report's date range: %1 first day, %2 last day</extracomment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع البطاقة</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>مجموعة الأعضاء</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>مجموعة المنتجات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A report filter in the printout: %1 what, %2 the chosen value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Working out the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Nothing to report for these filters.</source>
        <translation>لا يوجد ما يُعرض في التقرير لهذه المرشِّحات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s).</source>
        <translation>
            <numerusform>%Ln صف.</numerusform>
            <numerusform>%Ln صف.</numerusform>
            <numerusform>%Ln صفان.</numerusform>
            <numerusform>%Ln صفوف.</numerusform>
            <numerusform>%Ln صفًا.</numerusform>
            <numerusform>%Ln صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>تعذّرت كتابة الملف %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>تم الحفظ في %1.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RestoreDialog</name>
    <message>
        <source>Read the Backup</source>
        <translation>قراءة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Replace the current data with this backup (the current data is kept aside)</source>
        <translation>استبدال البيانات الحالية بهذه النسخة الاحتياطية (مع الاحتفاظ بالبيانات الحالية جانبًا)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>ملف النسخة الاحتياطية:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Made on %1. It holds %2 members, %3 cards, %4 ledger entries and %5 sales.</source>
        <extracomment>what a backup holds; %1 date and time, %2..%5 counts</extracomment>
        <translation>أُنشئت في %1. تحتوي على: الأعضاء %2، البطاقات %3، قيود دفتر الحسابات %4، المبيعات %5.</translation>
    </message>
    <message>
        <source>The backup was checked and is ready. Close the program and start it again: the restored data is put in place then, and the current data is kept aside.</source>
        <translation>تم فحص النسخة الاحتياطية وهي جاهزة. أغلق البرنامج ثم شغّله مرة أخرى: عندها توضع البيانات المستعادة في مكانها، ويُحتفظ بالبيانات الحالية جانبًا.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Receipt number, then Enter</source>
        <translation>رقم الإيصال، ثم Enter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>رقم الإيصال:</translation>
    </message>
    <message>
        <source>Receipt %1 — %2 — %3</source>
        <translation>إيصال %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>المباع</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>المرتجع سابقًا</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>المرتجع الآن</translation>
    </message>
    <message>
        <source>Return &amp;all</source>
        <translation>إرجاع الكل</translation>
    </message>
    <message>
        <source>&amp;Return the items…</source>
        <translation>إرجاع الأصناف…</translation>
    </message>
    <message>
        <source>Type the number printed on the receipt.</source>
        <translation>اكتب الرقم المطبوع على الإيصال.</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>عميل عابر (غير عضو)</translation>
    </message>
    <message>
        <source>Receipt %1 of %2, %3: %4 paid, %5 points earned.</source>
        <extracomment>%1 receipt number, %2 date and time, %3 customer, %4 amount</extracomment>
        <translation>الإيصال %1 بتاريخ %2، %3: المدفوع %4، النقاط المكتسبة %5.</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>المنتج %1</translation>
    </message>
    <message numerus="yes">
        <source>About %1 back to the customer and %Ln earned point(s) taken back.</source>
        <translation>
            <numerusform>سيُعاد نحو %1 إلى العميل وتُسترجع %Ln نقطة مكتسبة.</numerusform>
            <numerusform>سيُعاد نحو %1 إلى العميل وتُسترجع %Ln نقطة مكتسبة.</numerusform>
            <numerusform>سيُعاد نحو %1 إلى العميل وتُسترجع %Ln نقطتان مكتسبتان.</numerusform>
            <numerusform>سيُعاد نحو %1 إلى العميل وتُسترجع %Ln نقاط مكتسبة.</numerusform>
            <numerusform>سيُعاد نحو %1 إلى العميل وتُسترجع %Ln نقطة مكتسبة.</numerusform>
            <numerusform>سيُعاد نحو %1 إلى العميل وتُسترجع %Ln نقطة مكتسبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose how many of each item come back.</source>
        <translation>حدّد الكمية المرتجعة من كل صنف.</translation>
    </message>
    <message>
        <source>Return the chosen items and pay back the customer?</source>
        <translation>هل تريد إرجاع الأصناف المحددة ورد المبلغ إلى العميل؟</translation>
    </message>
    <message>
        <source>Return recorded. Pay back %1.</source>
        <translation>تم تسجيل المرتجع. ادفع للعميل %1.</translation>
    </message>
    <message>
        <source>%1 back onto the stored value.</source>
        <translation>أُعيد %1 إلى رصيد الهدايا.</translation>
    </message>
    <message>
        <source>%1 off what the member owes.</source>
        <translation>خُصم %1 من المبلغ المستحق على العضو.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln earned point(s) taken back.</source>
        <translation>
            <numerusform>تم استرجاع %Ln نقطة مكتسبة.</numerusform>
            <numerusform>تم استرجاع %Ln نقطة مكتسبة.</numerusform>
            <numerusform>تم استرجاع %Ln نقطتين مكتسبتين.</numerusform>
            <numerusform>تم استرجاع %Ln نقاط مكتسبة.</numerusform>
            <numerusform>تم استرجاع %Ln نقطة مكتسبة.</numerusform>
            <numerusform>تم استرجاع %Ln نقطة مكتسبة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln redeemed point(s) given back.</source>
        <translation>
            <numerusform>تمت إعادة %Ln نقطة مستبدلة.</numerusform>
            <numerusform>تمت إعادة %Ln نقطة مستبدلة.</numerusform>
            <numerusform>تمت إعادة %Ln نقطتين مستبدلتين.</numerusform>
            <numerusform>تمت إعادة %Ln نقاط مستبدلة.</numerusform>
            <numerusform>تمت إعادة %Ln نقطة مستبدلة.</numerusform>
            <numerusform>تمت إعادة %Ln نقطة مستبدلة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) had already been spent.</source>
        <translation>
            <numerusform>كانت %Ln نقطة قد استُخدمت من قبل.</numerusform>
            <numerusform>كانت %Ln نقطة قد استُخدمت من قبل.</numerusform>
            <numerusform>كانت %Ln نقطتان قد استُخدمتا من قبل.</numerusform>
            <numerusform>كانت %Ln نقاط قد استُخدمت من قبل.</numerusform>
            <numerusform>كانت %Ln نقطة قد استُخدمت من قبل.</numerusform>
            <numerusform>كانت %Ln نقطة قد استُخدمت من قبل.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept from the refund.</source>
        <translation>خُصم %1 من المبلغ المسترد.</translation>
    </message>
    <message>
        <source>The member now owes %1.</source>
        <translation>المبلغ المستحق على العضو الآن %1.</translation>
    </message>
    <message>
        <source>This return had already been recorded; nothing more was recorded.</source>
        <translation>سبق تسجيل هذا المرتجع؛ لم يُسجَّل أي شيء إضافي.</translation>
    </message>
    <message>
        <source>Pending sync — %1 — %2</source>
        <translation>بانتظار المزامنة — %1 — %2</translation>
    </message>
    <message>
        <source>Return kept for the central server (pending sync). Pay back about %1.</source>
        <extracomment>%1 the refund as this desk works it out; the central server records the return later</extracomment>
        <translation>حُفظ المرتجع لإرساله إلى الخادم المركزي (بانتظار المزامنة). ادفع للعميل نحو %1.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::Role</name>
    <message>
        <source>Administrator</source>
        <extracomment>An operator role: may do everything, including managing operators</extracomment>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>Manager</source>
        <extracomment>An operator role: runs the store</extracomment>
        <translation>مدير المتجر</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>An operator role: works at the counter</extracomment>
        <translation>موظف</translation>
    </message>
    <message>
        <source>Accountant</source>
        <extracomment>An operator role: handles debts and reports</extracomment>
        <translation>محاسب</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleDialog</name>
    <message>
        <source>New Rule</source>
        <translation>قاعدة جديدة</translation>
    </message>
    <message>
        <source>Change Rule — %1</source>
        <extracomment>Window title; %1 is the rule's name</extracomment>
        <translation>تغيير القاعدة — %1</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>التوقيت</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <extracomment>Suffix-like placeholder of the percentage field</extracomment>
        <translation>مثلًا %1</translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>Threshold counted in points earned</extracomment>
        <translation>النقاط المكتسبة</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <extracomment>Threshold counted in money paid</extracomment>
        <translation>المبلغ المدفوع</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>&amp;Earns:</source>
        <translation>طريقة الكسب:</translation>
    </message>
    <message>
        <source>Discount &amp;for:</source>
        <translation>يُطبَّق الخصم على:</translation>
    </message>
    <message>
        <source>Disc&amp;ount:</source>
        <translation>الخصم:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>المنتج:</translation>
    </message>
    <message>
        <source>Product &amp;group:</source>
        <translation>مجموعة المنتجات:</translation>
    </message>
    <message>
        <source>&amp;Card type:</source>
        <translation>نوع البطاقة:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <source>Percent&amp;age off (%):</source>
        <translation>نسبة الخصم (%):</translation>
    </message>
    <message>
        <source>Amount off each &amp;unit:</source>
        <translation>مبلغ الخصم لكل وحدة:</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>النقاط:</translation>
    </message>
    <message>
        <source>For every &amp;amount paid:</source>
        <translation>لكل مبلغ مدفوع قدره:</translation>
    </message>
    <message>
        <source>Ro&amp;unding:</source>
        <translation>التقريب:</translation>
    </message>
    <message>
        <source>Threshold &amp;counts:</source>
        <translation>يُحتسب الحد المطلوب على أساس:</translation>
    </message>
    <message>
        <source>A gift e&amp;very:</source>
        <translation>هدية عند كل:</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>الهدية:</translation>
    </message>
    <message>
        <source>New version &amp;from:</source>
        <translation>النسخة الجديدة اعتبارًا من:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <extracomment>The last day a rule is in force; empty means no end</extracomment>
        <translation>آخر يوم:</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>أيام الأسبوع:</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>فقط بين</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>Between the start and the end of the hour window</extracomment>
        <translation>و</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>الساعات:</translation>
    </message>
    <message>
        <source>Empty: always</source>
        <translation>فارغ: دائمًا</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>الحملة:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>النقاط ×</translation>
    </message>
    <message>
        <source>Tier &amp;multipliers (earn rules; empty = ×1):</source>
        <translation>مضاعفات المستويات (لقواعد كسب النقاط؛ فارغ = ×١):</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>At most per member per &amp;day:</source>
        <translation>الحد الأقصى لكل عضو يوميًا:</translation>
    </message>
    <message>
        <source>At most per member in &amp;all:</source>
        <translation>الحد الأقصى لكل عضو إجمالًا:</translation>
    </message>
    <message>
        <source>Smaller numbers run first.</source>
        <translation>تُطبَّق الأرقام الأصغر أولًا.</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>E&amp;xclusive: no later rule of its type applies to the same item</source>
        <translation>حصرية: لا تُطبَّق أي قاعدة لاحقة من نوعها على الصنف نفسه</translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>No product, group, card type or tier chosen yet</extracomment>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Enter a percentage between %1 and %2, with at most two decimals.</source>
        <translation>أدخل نسبة مئوية بين %1 و%2، بمنزلتين عشريتين على الأكثر.</translation>
    </message>
    <message>
        <source>Enter a multiplier such as %1, between %2 and %3.</source>
        <translation>أدخل مُضاعِفًا مثل %1، بين %2 و%3.</translation>
    </message>
    <message>
        <source>Nothing checked: at every merchant.</source>
        <translation>لم يُحدَّد شيء: لدى جميع التجار.</translation>
    </message>
    <message>
        <source>Only in these guil&amp;ds:</source>
        <translation>في فئات التجار هذه فقط:</translation>
    </message>
    <message>
        <source>Only at these merc&amp;hants:</source>
        <translation>لدى هؤلاء التجار فقط:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Only members of:</source>
        <translation>أعضاء هذه المؤسسات فقط:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleModel</name>
    <message>
        <source>from %1</source>
        <extracomment>Validity of a rule with no end; %1 is its first day</extracomment>
        <translation>اعتبارًا من %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>Validity of a rule; %1 first day, %2 last day</extracomment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>A rule (version) no longer in force</extracomment>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Starts later</source>
        <extracomment>A rule (version) that starts later</extracomment>
        <translation>تبدأ لاحقًا</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>A rule (version) in force now</extracomment>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: earn points or discount</extracomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>What it does</source>
        <extracomment>Column: what the rule does, in words</extracomment>
        <translation>ما تقوم به</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>فترة السريان</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleText</name>
    <message>
        <source>Earn points</source>
        <extracomment>Rule family: rules that give points</extracomment>
        <translation>كسب النقاط</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>خصم</translation>
    </message>
    <message>
        <source>Points per amount paid</source>
        <translation>نقاط حسب المبلغ المدفوع</translation>
    </message>
    <message>
        <source>Points per amount paid in a product group</source>
        <translation>نقاط حسب المبلغ المدفوع في مجموعة منتجات</translation>
    </message>
    <message>
        <source>Points per unit of a product</source>
        <translation>نقاط لكل وحدة من منتج</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>مكافأة عيد الميلاد</translation>
    </message>
    <message>
        <source>Wedding anniversary bonus</source>
        <translation>مكافأة ذكرى الزواج</translation>
    </message>
    <message>
        <source>Welcome bonus on the first purchase</source>
        <translation>مكافأة ترحيبية عند أول عملية شراء</translation>
    </message>
    <message>
        <source>Referral bonus to the referrer</source>
        <translation>مكافأة إحالة للعضو المُحيل</translation>
    </message>
    <message>
        <source>A gift every time a threshold is reached</source>
        <translation>هدية في كل مرة يتم فيها بلوغ الحد المطلوب</translation>
    </message>
    <message>
        <source>Holders of a card type</source>
        <translation>حاملو نوع بطاقة معيّن</translation>
    </message>
    <message>
        <source>Members of a tier</source>
        <translation>أعضاء مستوى معيّن</translation>
    </message>
    <message>
        <source>A product group</source>
        <translation>مجموعة منتجات</translation>
    </message>
    <message>
        <source>A product</source>
        <translation>منتج</translation>
    </message>
    <message>
        <source>A percentage off</source>
        <translation>خصم بنسبة مئوية</translation>
    </message>
    <message>
        <source>A fixed amount off each unit</source>
        <translation>خصم مبلغ ثابت من كل وحدة</translation>
    </message>
    <message>
        <source>A percentage off and points on the rest</source>
        <translation>خصم بنسبة مئوية ونقاط على الباقي</translation>
    </message>
    <message>
        <source>Round down</source>
        <extracomment>Rounding of fractional points</extracomment>
        <translation>تقريب للأدنى</translation>
    </message>
    <message>
        <source>Round to the nearest</source>
        <extracomment>Rounding of fractional points</extracomment>
        <translation>تقريب لأقرب عدد صحيح</translation>
    </message>
    <message>
        <source>Round up</source>
        <extracomment>Rounding of fractional points</extracomment>
        <translation>تقريب للأعلى</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Discount rule in the list: %1 whom or what it targets, %2 how much it takes off</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>points for the amount paid</source>
        <translation>نقاط على المبلغ المدفوع</translation>
    </message>
    <message>
        <source>points for the amount paid in the group</source>
        <translation>نقاط على المبلغ المدفوع في المجموعة</translation>
    </message>
    <message>
        <source>points for each unit of the product</source>
        <translation>نقاط لكل وحدة من المنتج</translation>
    </message>
    <message>
        <source>a percentage off</source>
        <translation>خصم بنسبة مئوية</translation>
    </message>
    <message>
        <source>a fixed amount off</source>
        <translation>خصم مبلغ ثابت</translation>
    </message>
    <message>
        <source>a percentage off and points on the rest</source>
        <translation>خصم بنسبة مئوية ونقاط على الباقي</translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation>مكافأة عيد الميلاد</translation>
    </message>
    <message>
        <source>wedding anniversary bonus</source>
        <translation>مكافأة ذكرى الزواج</translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation>مكافأة ترحيبية</translation>
    </message>
    <message>
        <source>referral bonus</source>
        <translation>مكافأة إحالة</translation>
    </message>
    <message>
        <source>threshold gift</source>
        <translation>هدية بلوغ الحد المطلوب</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleTryPanel</name>
    <message>
        <source>Try It</source>
        <translation>تجربة</translation>
    </message>
    <message>
        <source>Today is the member's &amp;birthday</source>
        <translation>اليوم عيد ميلاد العضو</translation>
    </message>
    <message>
        <source>T&amp;ry</source>
        <translation>جرّب</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>المنتج:</translation>
    </message>
    <message>
        <source>&amp;Amount paid:</source>
        <translation>المبلغ المدفوع:</translation>
    </message>
    <message>
        <source>Member's &amp;tier:</source>
        <translation>مستوى العضو:</translation>
    </message>
    <message>
        <source>&amp;Card type:</source>
        <translation>نوع البطاقة:</translation>
    </message>
    <message>
        <source>For a member with no purchases yet, through the rules in force now. Nothing is saved.</source>
        <translation>لعضو ليس لديه مشتريات بعد، وفق القواعد السارية الآن. لن يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Add a product to the catalog first.</source>
        <translation>أضف منتجًا إلى الكتالوج أولًا.</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>أدخل المبلغ المدفوع.</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>الخصم: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>المبلغ المستحق: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>النقاط: %1</translation>
    </message>
    <message>
        <source> (cut by the daily limit)</source>
        <translation> (خُفِّضت بسبب الحد اليومي)</translation>
    </message>
    <message>
        <source> (cut by the limit per member)</source>
        <translation> (خُفِّضت بسبب الحد لكل عضو)</translation>
    </message>
    <message>
        <source>• %1: %2, discount %3, points %4</source>
        <extracomment>One reason in the preview: %1 rule name, %2 what it did, %3 discount, %4 points</extracomment>
        <translation>• %1: %2، الخصم %3، النقاط %4</translation>
    </message>
    <message>
        <source>• %1: %2, points %3</source>
        <extracomment>One bonus in the preview: %1 rule name, %2 what it is, %3 points</extracomment>
        <translation>• %1: %2، النقاط %3</translation>
    </message>
    <message>
        <source>No rule applies.</source>
        <translation>لا تنطبق أي قاعدة.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>tier</comment>
        <extracomment>No tier: the preview's member has none</extracomment>
        <translation>بلا مستوى</translation>
    </message>
    <message>
        <source>None</source>
        <comment>card type</comment>
        <extracomment>No card presented in the preview</extracomment>
        <translation>بلا بطاقة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RulesPage</name>
    <message>
        <source>Show &amp;ended rules</source>
        <translation>إظهار القواعد المنتهية</translation>
    </message>
    <message>
        <source>&amp;New Rule…</source>
        <translation>قاعدة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <extracomment>Makes a new version of the selected rule from a chosen day</extracomment>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>E&amp;nd Rule…</source>
        <translation>إنهاء القاعدة…</translation>
    </message>
    <message>
        <source>New rule (%1)</source>
        <translation>قاعدة جديدة (%1)</translation>
    </message>
    <message>
        <source>&amp;Versions of the selected rule:</source>
        <translation>نسخ القاعدة المحددة:</translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Side bar page title: earn and discount rules</extracomment>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>No rules yet. Create the first with New Rule.</source>
        <translation>لا توجد قواعد بعد. أنشئ أول قاعدة عبر «قاعدة جديدة».</translation>
    </message>
    <message>
        <source>End the rule “%1” now? Sales from now on no longer use it; the points it already gave stay, and its versions stay in the history.</source>
        <extracomment>%1 is the rule's name</extracomment>
        <translation>هل تريد إنهاء القاعدة «%1» الآن؟ لن تُطبَّق على المبيعات من الآن فصاعدًا؛ وتبقى النقاط التي منحتها، وتبقى نسخها في السجل.</translation>
    </message>
    <message>
        <source>End Rule</source>
        <translation>إنهاء القاعدة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SaleReceipts</name>
    <message>
        <source>…%1</source>
        <extracomment>A masked card number: only its last four digits are printed</extracomment>
        <translation>…%1</translation>
    </message>
    <message>
        <source>Customer club</source>
        <translation>نادي العملاء</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>رقم الإيصال</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>عميل عابر (غير عضو)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>عملية بيع</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A receipt line: product name × quantity</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>  discount</source>
        <translation>  خصم</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <extracomment>%Ln points redeemed</extracomment>
        <translation>
            <numerusform>مدفوع بـ %Ln نقطة</numerusform>
            <numerusform>مدفوع بـ %Ln نقطة</numerusform>
            <numerusform>مدفوع بـ %Ln نقطتين</numerusform>
            <numerusform>مدفوع بـ %Ln نقاط</numerusform>
            <numerusform>مدفوع بـ %Ln نقطة</numerusform>
            <numerusform>مدفوع بـ %Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid from stored value</source>
        <translation>مدفوع من رصيد الهدايا</translation>
    </message>
    <message>
        <source>On credit</source>
        <translation>بالائتمان</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>النقاط المكتسبة</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>متاحة اعتبارًا من</translation>
    </message>
    <message>
        <source>Thank you for your purchase.</source>
        <translation>شكرًا لتسوقكم معنا.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرتجع</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>المبلغ المسترد</translation>
    </message>
    <message>
        <source>Back to stored value</source>
        <translation>مُعاد إلى رصيد الهدايا</translation>
    </message>
    <message>
        <source>Off the credit owed</source>
        <translation>مخصوم من دين الائتمان</translation>
    </message>
    <message>
        <source>Points given back</source>
        <translation>النقاط المُعادة</translation>
    </message>
    <message>
        <source>Earned points taken back</source>
        <translation>النقاط المكتسبة المسترجعة</translation>
    </message>
    <message>
        <source>Points already spent</source>
        <translation>النقاط المستخدمة مسبقًا</translation>
    </message>
    <message>
        <source>Kept from the refund</source>
        <translation>مخصوم من المبلغ المسترد</translation>
    </message>
    <message>
        <source>Owed by the member</source>
        <translation>مستحق على العضو</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>هدية</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>النقاط المستخدمة</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>إيصال</translation>
    </message>
    <message>
        <source>The receipt could not be saved as PDF.</source>
        <translation>تعذّر حفظ الإيصال بصيغة PDF. حاول مرة أخرى أو اختر مكانًا آخر للحفظ.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>حفظ الإيصال</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <extracomment>On a receipt: the central server has not recorded this sale yet</extracomment>
        <translation>بانتظار المزامنة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SaleWords</name>
    <message>
        <source>Rule “%1” gives a percentage discount of %2.</source>
        <extracomment>%1 the rule's name, %2 an amount of money</extracomment>
        <translation>تمنح القاعدة «%1» خصمًا بنسبة مئوية قيمته %2.</translation>
    </message>
    <message>
        <source>Rule “%1” takes a fixed %2 off.</source>
        <translation>تخصم القاعدة «%1» مبلغًا ثابتًا قدره %2.</translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” gives a discount of %2 and %Ln point(s).</source>
        <extracomment>A rule that gives part of its reward as a discount and part as points</extracomment>
        <translation>
            <numerusform>تمنح القاعدة «%1» خصمًا قدره %2 و%Ln نقطة.</numerusform>
            <numerusform>تمنح القاعدة «%1» خصمًا قدره %2 و%Ln نقطة.</numerusform>
            <numerusform>تمنح القاعدة «%1» خصمًا قدره %2 و%Ln نقطتين.</numerusform>
            <numerusform>تمنح القاعدة «%1» خصمًا قدره %2 و%Ln نقاط.</numerusform>
            <numerusform>تمنح القاعدة «%1» خصمًا قدره %2 و%Ln نقطة.</numerusform>
            <numerusform>تمنح القاعدة «%1» خصمًا قدره %2 و%Ln نقطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” earns %Ln point(s) for the amount paid.</source>
        <translation>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة على المبلغ المدفوع.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة على المبلغ المدفوع.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطتين على المبلغ المدفوع.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقاط على المبلغ المدفوع.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة على المبلغ المدفوع.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة على المبلغ المدفوع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” earns %Ln point(s) for buying from this product group.</source>
        <translation>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة على الشراء من مجموعة المنتجات هذه.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة على الشراء من مجموعة المنتجات هذه.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطتين على الشراء من مجموعة المنتجات هذه.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقاط على الشراء من مجموعة المنتجات هذه.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة على الشراء من مجموعة المنتجات هذه.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة على الشراء من مجموعة المنتجات هذه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” earns %Ln point(s) for each unit of this product.</source>
        <translation>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة لكل وحدة من هذا المنتج.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة لكل وحدة من هذا المنتج.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطتين لكل وحدة من هذا المنتج.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقاط لكل وحدة من هذا المنتج.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة لكل وحدة من هذا المنتج.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة لكل وحدة من هذا المنتج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule “%1” gives a discount of %2.</source>
        <translation>تمنح القاعدة «%1» خصمًا قدره %2.</translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” gives %Ln point(s).</source>
        <translation>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطتين.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقاط.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln نقطة.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Cut to the rule's daily limit.)</source>
        <translation>(خُفِّضت إلى الحد اليومي للقاعدة.)</translation>
    </message>
    <message>
        <source>(Cut to the rule's limit per member.)</source>
        <translation>(خُفِّضت إلى حد القاعدة لكل عضو.)</translation>
    </message>
    <message numerus="yes">
        <source>Happy birthday: rule “%1” adds %Ln point(s).</source>
        <translation>
            <numerusform>عيد ميلاد سعيد: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>عيد ميلاد سعيد: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>عيد ميلاد سعيد: تضيف القاعدة «%1» %Ln نقطتين.</numerusform>
            <numerusform>عيد ميلاد سعيد: تضيف القاعدة «%1» %Ln نقاط.</numerusform>
            <numerusform>عيد ميلاد سعيد: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>عيد ميلاد سعيد: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wedding anniversary: rule “%1” adds %Ln point(s).</source>
        <translation>
            <numerusform>ذكرى الزواج: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>ذكرى الزواج: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>ذكرى الزواج: تضيف القاعدة «%1» %Ln نقطتين.</numerusform>
            <numerusform>ذكرى الزواج: تضيف القاعدة «%1» %Ln نقاط.</numerusform>
            <numerusform>ذكرى الزواج: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>ذكرى الزواج: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome bonus: rule “%1” adds %Ln point(s).</source>
        <translation>
            <numerusform>مكافأة ترحيبية: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>مكافأة ترحيبية: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>مكافأة ترحيبية: تضيف القاعدة «%1» %Ln نقطتين.</numerusform>
            <numerusform>مكافأة ترحيبية: تضيف القاعدة «%1» %Ln نقاط.</numerusform>
            <numerusform>مكافأة ترحيبية: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>مكافأة ترحيبية: تضيف القاعدة «%1» %Ln نقطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First purchase of a referred member: rule “%1” gives the referrer %Ln point(s).</source>
        <translation>
            <numerusform>أول عملية شراء لعضو مُحال: تمنح القاعدة «%1» العضوَ المُحيل %Ln نقطة.</numerusform>
            <numerusform>أول عملية شراء لعضو مُحال: تمنح القاعدة «%1» العضوَ المُحيل %Ln نقطة.</numerusform>
            <numerusform>أول عملية شراء لعضو مُحال: تمنح القاعدة «%1» العضوَ المُحيل %Ln نقطتين.</numerusform>
            <numerusform>أول عملية شراء لعضو مُحال: تمنح القاعدة «%1» العضوَ المُحيل %Ln نقاط.</numerusform>
            <numerusform>أول عملية شراء لعضو مُحال: تمنح القاعدة «%1» العضوَ المُحيل %Ln نقطة.</numerusform>
            <numerusform>أول عملية شراء لعضو مُحال: تمنح القاعدة «%1» العضوَ المُحيل %Ln نقطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” gives %Ln gift(s) for reaching its threshold.</source>
        <translation>
            <numerusform>تمنح القاعدة «%1» %Ln هدية لبلوغ الحد المطلوب.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln هدية لبلوغ الحد المطلوب.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln هديتين لبلوغ الحد المطلوب.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln هدايا لبلوغ الحد المطلوب.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln هدية لبلوغ الحد المطلوب.</numerusform>
            <numerusform>تمنح القاعدة «%1» %Ln هدية لبلوغ الحد المطلوب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” adds %Ln point(s).</source>
        <translation>
            <numerusform>تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>تضيف القاعدة «%1» %Ln نقطتين.</numerusform>
            <numerusform>تضيف القاعدة «%1» %Ln نقاط.</numerusform>
            <numerusform>تضيف القاعدة «%1» %Ln نقطة.</numerusform>
            <numerusform>تضيف القاعدة «%1» %Ln نقطة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Points already spent were taken from the member's other points; what they could not cover is owed.</source>
        <translation>خُصمت النقاط المستخدمة مسبقًا من نقاط العضو الأخرى؛ وما لم تغطِّه أصبح مستحقًا على العضو.</translation>
    </message>
    <message>
        <source>The value of points already spent is owed by the member.</source>
        <translation>قيمة النقاط المستخدمة مسبقًا مستحقة على العضو.</translation>
    </message>
    <message>
        <source>The value of points already spent was kept from the refund.</source>
        <translation>خُصمت قيمة النقاط المستخدمة مسبقًا من المبلغ المسترد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SalesDeskPage</name>
    <message>
        <source>Card number or mobile, then Enter</source>
        <translation>رقم البطاقة أو الجوال، ثم Enter</translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation>عميل عابر</translation>
    </message>
    <message>
        <source>A customer without a card (F4)</source>
        <translation>عميل بدون بطاقة (F4)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>العميل:</translation>
    </message>
    <message>
        <source>Scan or type a code or barcode, then Enter</source>
        <translation>امسح أو اكتب الرمز أو الباركود، ثم Enter</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>المنتج:</translation>
    </message>
    <message>
        <source>&amp;Qty:</source>
        <translation>الكمية:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation>حذف السطر (Del)</translation>
    </message>
    <message>
        <source>Change qty… (F6)</source>
        <translation>تغيير الكمية… (F6)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>الإجماليات</translation>
    </message>
    <message>
        <source>Redeem points (F8):</source>
        <translation>استبدال النقاط (F8):</translation>
    </message>
    <message>
        <source>From stored value:</source>
        <translation>من رصيد الهدايا:</translation>
    </message>
    <message>
        <source>On credit:</source>
        <translation>بالائتمان:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>الإجمالي:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>الخصم:</translation>
    </message>
    <message>
        <source>Paid with points:</source>
        <translation>مدفوع بالنقاط:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>المبلغ المستحق:</translation>
    </message>
    <message>
        <source>Points to earn:</source>
        <translation>النقاط التي ستُكتسب:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>الدفع (F12)</translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation>عملية بيع جديدة (Esc)</translation>
    </message>
    <message>
        <source>Return… (F9)</source>
        <translation>إرجاع… (F9)</translation>
    </message>
    <message>
        <source>Gift… (F10)</source>
        <translation>هدية… (F10)</translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation>إعادة طباعة الإيصال</translation>
    </message>
    <message>
        <source>No card or member has this number.</source>
        <translation>لا توجد بطاقة أو عضو بهذا الرقم.</translation>
    </message>
    <message>
        <source>Several members match. Type the whole mobile number or the card number.</source>
        <translation>يوجد عدة أعضاء مطابقين. اكتب رقم الجوال كاملًا أو رقم البطاقة.</translation>
    </message>
    <message>
        <source>This card is blocked and cannot be used.</source>
        <translation>هذه البطاقة موقوفة ولا يمكن استخدامها.</translation>
    </message>
    <message>
        <source>This card is not active and cannot be used.</source>
        <translation>هذه البطاقة غير نشطة ولا يمكن استخدامها.</translation>
    </message>
    <message>
        <source>%1 — %2 points available</source>
        <extracomment>%1 the member and card, %2 their points</extracomment>
        <translation>%1 — النقاط المتاحة: %2</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>عميل عابر (غير عضو)</translation>
    </message>
    <message>
        <source>No product has the code or barcode %1.</source>
        <translation>لا يوجد منتج بالرمز أو الباركود %1.</translation>
    </message>
    <message>
        <source>Several products match %1. Scan the barcode or type the whole code.</source>
        <translation>يوجد عدة منتجات تطابق %1. امسح الباركود أو اكتب الرمز كاملًا.</translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation>تغيير الكمية</translation>
    </message>
    <message>
        <source>Quantity of %1:</source>
        <translation>كمية %1:</translation>
    </message>
    <message>
        <source>of %1</source>
        <extracomment>What the member can still use</extracomment>
        <translation>من %1</translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>The money a number of points is worth</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>No points for a walk-in customer.</source>
        <translation>لا توجد نقاط للعميل العابر.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s), available from %1</source>
        <extracomment>%Ln points, %1 the date they can be spent</extracomment>
        <translation>
            <numerusform>%Ln نقطة، متاحة اعتبارًا من %1</numerusform>
            <numerusform>%Ln نقطة، متاحة اعتبارًا من %1</numerusform>
            <numerusform>%Ln نقطتان، متاحتان اعتبارًا من %1</numerusform>
            <numerusform>%Ln نقاط، متاحة اعتبارًا من %1</numerusform>
            <numerusform>%Ln نقطة، متاحة اعتبارًا من %1</numerusform>
            <numerusform>%Ln نقطة، متاحة اعتبارًا من %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطتان</numerusform>
            <numerusform>%Ln نقاط</numerusform>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>القاعدة %1</translation>
    </message>
    <message>
        <source>No rule applies to this line.</source>
        <translation>لا تنطبق أي قاعدة على هذا السطر.</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>الرمز السري للبطاقة</translation>
    </message>
    <message>
        <source>The customer types the card's PIN to spend points.</source>
        <translation>يُدخل العميل الرمز السري للبطاقة لاستخدام النقاط.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>الرمز السري:</translation>
    </message>
    <message>
        <source>Sale recorded, receipt %1. Paid %2.</source>
        <translation>تم تسجيل عملية البيع، الإيصال %1. المدفوع %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) earned, available from %1.</source>
        <translation>
            <numerusform>تم كسب %Ln نقطة، متاحة اعتبارًا من %1.</numerusform>
            <numerusform>تم كسب %Ln نقطة، متاحة اعتبارًا من %1.</numerusform>
            <numerusform>تم كسب %Ln نقطتين، متاحتين اعتبارًا من %1.</numerusform>
            <numerusform>تم كسب %Ln نقاط، متاحة اعتبارًا من %1.</numerusform>
            <numerusform>تم كسب %Ln نقطة، متاحة اعتبارًا من %1.</numerusform>
            <numerusform>تم كسب %Ln نقطة، متاحة اعتبارًا من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) earned.</source>
        <translation>
            <numerusform>تم كسب %Ln نقطة.</numerusform>
            <numerusform>تم كسب %Ln نقطة.</numerusform>
            <numerusform>تم كسب %Ln نقطتين.</numerusform>
            <numerusform>تم كسب %Ln نقاط.</numerusform>
            <numerusform>تم كسب %Ln نقطة.</numerusform>
            <numerusform>تم كسب %Ln نقطة.</numerusform>
        </translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>عملية بيع جديدة</translation>
    </message>
    <message>
        <source>Empty the basket and start a new sale?</source>
        <translation>هل تريد إفراغ سلة المشتريات وبدء عملية بيع جديدة؟</translation>
    </message>
    <message>
        <source>A gift is for a member: present the card or type the mobile first.</source>
        <translation>الهدايا للأعضاء فقط: قدّم البطاقة أو اكتب رقم الجوال أولًا.</translation>
    </message>
    <message>
        <source>Sales desk</source>
        <translation>نقطة البيع</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>اقتراحات</translation>
    </message>
    <message>
        <source>Nothing to suggest for this member today.</source>
        <translation>لا توجد اقتراحات لهذا العضو اليوم.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the sale is kept and will be sent later (pending sync). Paid %1.</source>
        <translation>تعذّر الاتصال بالخادم: حُفظت عملية البيع وستُرسل لاحقًا (بانتظار المزامنة). المدفوع %1.</translation>
    </message>
    <message>
        <source>Warranty… (F11)</source>
        <translation>الضمان… (F11)</translation>
    </message>
    <message>
        <source>Register the warranty of an item of the sale just made</source>
        <translation>تسجيل ضمان صنف من عملية البيع التي تمت للتو</translation>
    </message>
    <message>
        <source>Warranty registered for serial number %1 until %2.</source>
        <translation>تم تسجيل الضمان للرقم التسلسلي %1 حتى %2.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SalesSettingsSection</name>
    <message>
        <source>Sales and Points</source>
        <translation>المبيعات والنقاط</translation>
    </message>
    <message>
        <source>Save &amp;Sales Settings</source>
        <translation>حفظ إعدادات المبيعات</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days, e.g. "7 days"</extracomment>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Take them from the member's other points; what is missing is owed</source>
        <translation>تُخصم من نقاط العضو الأخرى؛ وما ينقص يصبح مستحقًا على العضو</translation>
    </message>
    <message>
        <source>The member owes their value</source>
        <translation>تصبح قيمتها مستحقة على العضو</translation>
    </message>
    <message>
        <source>Keep their value from the refund</source>
        <translation>تُخصم قيمتها من المبلغ المسترد</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>After a number of days</source>
        <translation>بعد عدد من الأيام</translation>
    </message>
    <message>
        <source>At the end of the month, after a number of days</source>
        <translation>في نهاية الشهر، بعد عدد من الأيام</translation>
    </message>
    <message>
        <source>At the end of the year, after a number of days</source>
        <translation>في نهاية السنة، بعد عدد من الأيام</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Earned points never expire</extracomment>
        <translation>لا تنتهي أبدًا</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Buying points: a price of 0 turns it off</extracomment>
        <translation>غير مفعّل</translation>
    </message>
    <message>
        <source>A redeemed point &amp;pays:</source>
        <translation>قيمة النقطة المستبدلة:</translation>
    </message>
    <message>
        <source>&amp;Return window (earned points wait):</source>
        <translation>مهلة الإرجاع (فترة انتظار النقاط المكتسبة):</translation>
    </message>
    <message>
        <source>A return takes back points already &amp;spent:</source>
        <translation>عند الإرجاع، النقاط المستخدمة مسبقًا:</translation>
    </message>
    <message>
        <source>Staff may &amp;refund up to:</source>
        <translation>حد استرداد المبلغ للموظف:</translation>
    </message>
    <message>
        <source>Points &amp;expire:</source>
        <translation>انتهاء صلاحية النقاط:</translation>
    </message>
    <message>
        <source>Points &amp;lifetime:</source>
        <translation>مدة صلاحية النقاط:</translation>
    </message>
    <message>
        <source>Price of one point &amp;bought:</source>
        <translation>سعر شراء النقطة الواحدة:</translation>
    </message>
    <message>
        <source>Store &amp;time zone:</source>
        <translation>المنطقة الزمنية للمتجر:</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Asia/Tehran.</source>
        <translation>اختر منطقة زمنية من القائمة، مثل Asia/Tehran.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ScheduledBackups</name>
    <message>
        <source>Backups are not set up (Settings → Backups).</source>
        <translation>النسخ الاحتياطي غير مُعدّ (الإعدادات ← النسخ الاحتياطية).</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي اليومي: %1</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>لم تُنشأ أي نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <source>The last good backup is more than a day old (%1).</source>
        <translation>مضى أكثر من يوم على آخر نسخة احتياطية ناجحة (%1).</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخر نسخة احتياطية: %1</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SegmentsPanel</name>
    <message>
        <source>Any</source>
        <extracomment>A filter condition that is not used</extracomment>
        <translation>أيّ</translation>
    </message>
    <message>
        <source>Can receive SMS (has a mobile, did not opt out)</source>
        <translation>يمكنه استلام SMS (لديه رقم جوال ولم يُلغِ الاشتراك)</translation>
    </message>
    <message>
        <source>Can receive email (has an address, did not opt out)</source>
        <translation>يمكنه استلام البريد الإلكتروني (لديه عنوان ولم يُلغِ الاشتراك)</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days in a spin box; keep the leading space</extracomment>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>المستوى:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <source>Holds a card of type:</source>
        <translation>يحمل بطاقة من نوع:</translation>
    </message>
    <message>
        <source>No purchase in the last:</source>
        <translation>لم يشترِ خلال آخر:</translation>
    </message>
    <message>
        <source>Bought within the last:</source>
        <translation>اشترى خلال آخر:</translation>
    </message>
    <message>
        <source>Birthday within the next:</source>
        <translation>عيد الميلاد خلال الأيام القادمة:</translation>
    </message>
    <message>
        <source>Points expiring within:</source>
        <translation>نقاط تنتهي صلاحيتها خلال:</translation>
    </message>
    <message>
        <source>Points at least:</source>
        <translation>النقاط لا تقل عن:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>&amp;New segment</source>
        <translation>شريحة جديدة</translation>
    </message>
    <message>
        <source>S&amp;how members</source>
        <translation>عرض الأعضاء</translation>
    </message>
    <message>
        <source>&amp;Save segment</source>
        <translation>حفظ الشريحة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in this segment.</source>
        <translation>
            <numerusform>%Ln عضو في هذه الشريحة.</numerusform>
            <numerusform>%Ln عضو في هذه الشريحة.</numerusform>
            <numerusform>%Ln عضوان في هذه الشريحة.</numerusform>
            <numerusform>%Ln أعضاء في هذه الشريحة.</numerusform>
            <numerusform>%Ln عضوًا في هذه الشريحة.</numerusform>
            <numerusform>%Ln عضو في هذه الشريحة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::ServerSettingsSection</name>
    <message>
        <source>Central server</source>
        <translation>الخادم المركزي</translation>
    </message>
    <message>
        <source>Save the &amp;Connection</source>
        <translation>حفظ الاتصال</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>&amp;Refused sales…</source>
        <translation>المبيعات المرفوضة…</translation>
    </message>
    <message>
        <source>With a central server, sales, balances and points are shared by every branch. Leave the address empty to work on this computer's store only.</source>
        <translation>مع وجود خادم مركزي، تكون المبيعات والأرصدة والنقاط مشتركة بين جميع الفروع. اترك العنوان فارغًا للعمل على متجر هذا الكمبيوتر فقط.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>عنوان الخادم:</translation>
    </message>
    <message>
        <source>Ter&amp;minal id:</source>
        <translation>معرّف الطرفية:</translation>
    </message>
    <message>
        <source>Terminal s&amp;ecret:</source>
        <translation>المفتاح السري للطرفية:</translation>
    </message>
    <message>
        <source>Points a card may spend &amp;offline:</source>
        <translation>النقاط التي يمكن للبطاقة إنفاقها دون اتصال:</translation>
    </message>
    <message>
        <source>Stored value and credit a card may spend o&amp;ffline:</source>
        <translation>رصيد الهدايا والائتمان الذي يمكن للبطاقة إنفاقه دون اتصال:</translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <extracomment>The terminal secret is saved and not shown again</extracomment>
        <translation>محفوظ؛ اكتب قيمة جديدة لاستبداله</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Syncing with the central server…</source>
        <translation>جارٍ المزامنة مع الخادم المركزي…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln record(s) received</source>
        <extracomment>While syncing: records received from the central server so far</extracomment>
        <translation>
            <numerusform>جارٍ المزامنة… لم يُستلم أي سجل بعد (%Ln)</numerusform>
            <numerusform>جارٍ المزامنة… استُلم سجل واحد (%Ln)</numerusform>
            <numerusform>جارٍ المزامنة… استُلم سجلان (%Ln)</numerusform>
            <numerusform>جارٍ المزامنة… استُلمت %Ln سجلات</numerusform>
            <numerusform>جارٍ المزامنة… استُلم %Ln سجلًا</numerusform>
            <numerusform>جارٍ المزامنة… استُلم %Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>لم تتم المزامنة بعد.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <extracomment>%1 date and time of the last complete sync with the central server</extracomment>
        <translation>آخر مزامنة: %1</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation>اسم المتجر:</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>ملف البيانات:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>لغة البرنامج:</translation>
    </message>
    <message>
        <source>Points Ledger</source>
        <translation>دفتر حسابات النقاط</translation>
    </message>
    <message>
        <source>&amp;Verify the ledger</source>
        <translation>التحقق من دفتر الحسابات</translation>
    </message>
    <message>
        <source>Checks that every transaction balances and that every balance and points lot matches its entries.</source>
        <translation>يتحقق من توازن كل معاملة، ومن مطابقة كل رصيد وكل دفعة نقاط لقيودها.</translation>
    </message>
    <message>
        <source>Enter the store's name.</source>
        <translation>أدخل اسم المتجر.</translation>
    </message>
    <message>
        <source>The program will appear in %1 the next time it starts.</source>
        <translation>سيظهر البرنامج باللغة %1 عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Checked %1 transactions, %2 accounts and %3 points lots.</source>
        <extracomment>%1 transactions, %2 accounts and %3 points lots were checked</extracomment>
        <translation>تم فحص المعاملات (%1) والحسابات (%2) ودفعات النقاط (%3).</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>كل شيء سليم.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Keep this list and contact support.</source>
        <translation>
            <numerusform>عُثر على %Ln مشكلة. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
            <numerusform>عُثر على %Ln مشكلة. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
            <numerusform>عُثر على %Ln مشكلتين. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
            <numerusform>عُثر على %Ln مشكلات. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
            <numerusform>عُثر على %Ln مشكلةً. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
            <numerusform>عُثر على %Ln مشكلة. احتفظ بهذه القائمة وتواصل مع الدعم الفني.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::SettlementTab</name>
    <message>
        <source>Merchant</source>
        <translation>التاجر</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>المستحق عليه</translation>
    </message>
    <message>
        <source>Is owed</source>
        <translation>المستحق له</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Se&amp;ttle…</source>
        <translation>تسوية…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>التجار</translation>
    </message>
    <message>
        <source>Between merchants</source>
        <translation>بين التجار</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>Settled on %1.</source>
        <translation>تمت التسوية في %1.</translation>
    </message>
    <message>
        <source>No points crossed between merchants in this period.</source>
        <translation>لم تنتقل أي نقاط بين التجار في هذه الفترة.</translation>
    </message>
    <message>
        <source>Not settled yet. The totals of all merchants net to %1.</source>
        <translation>لم تتم التسوية بعد. صافي مجاميع جميع التجار %1.</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>Post the payment that settles %1 to %2 between all merchants? It cannot be undone.</source>
        <translation>هل تريد ترحيل الدفعة التي تسوّي الفترة من %1 إلى %2 بين جميع التجار؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>تعذّرت كتابة الملف %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>تم الحفظ في %1.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SetupWizard</name>
    <message>
        <source>Set up Customer Club Manager</source>
        <translation>إعداد مدير نادي العملاء</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <extracomment>Wizard button. In Persian and Arabic put the &amp; before a word's first letter.</extracomment>
        <translation>التالي</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>Wizard button</extracomment>
        <translation>السابق</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <extracomment>Wizard button</extracomment>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Wizard button</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>This store has not been set up yet. A few questions, and it is ready.</source>
        <translation>لم يتم إعداد هذا المتجر بعد. أجب عن بضعة أسئلة ويصبح جاهزًا.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Choose the language of the program. Persian shows dates in the Jalali calendar.</source>
        <translation>اختر لغة البرنامج. عند اختيار الفارسية تُعرض التواريخ بالتقويم الهجري الشمسي (الجلالي).</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>المتجر</translation>
    </message>
    <message>
        <source>The store's name appears on screens and receipts. Each branch has a short code.</source>
        <translation>يظهر اسم المتجر على الشاشات والإيصالات. ولكل فرع رمز قصير.</translation>
    </message>
    <message>
        <source>Main branch</source>
        <translation>الفرع الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Store name:</source>
        <translation>اسم المتجر:</translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation>رمز الفرع:</translation>
    </message>
    <message>
        <source>Branch na&amp;me:</source>
        <translation>اسم الفرع:</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>The administrator may do everything, including adding the other operators.</source>
        <translation>يمكن لمدير النظام القيام بكل شيء، بما في ذلك إضافة المستخدمين الآخرين.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>تكرار كلمة المرور:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Finish creates the store. You will be logged in as the administrator.</source>
        <translation>عند الضغط على «إنهاء» يُنشأ المتجر ويتم تسجيل دخولك بصفتك مدير النظام.</translation>
    </message>
    <message>
        <source>Demo data fills the store with made-up members, cards and a few months of points history, to try the program out. Leave it off for a real store.</source>
        <translation>تملأ البيانات التجريبية المتجر بأعضاء وبطاقات وهمية وسجل نقاط لبضعة أشهر، لتجربة البرنامج. اتركها غير مفعّلة في المتجر الحقيقي.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %Ln characters.</source>
        <translation>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكون كلمة المرور من %Ln حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتب كلمة المرور مرة أخرى.</translation>
    </message>
    <message>
        <source>Enter the store's name.</source>
        <translation>أدخل اسم المتجر.</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>المستودع الرئيسي</translation>
    </message>
    <message numerus="yes">
        <source>Load &amp;demo data (about %Ln member(s))</source>
        <extracomment>%Ln is a number of members, in the language's digits</extracomment>
        <translation>
            <numerusform>تحميل بيانات تجريبية (نحو %Ln عضو)</numerusform>
            <numerusform>تحميل بيانات تجريبية (نحو %Ln عضو)</numerusform>
            <numerusform>تحميل بيانات تجريبية (نحو %Ln عضوين)</numerusform>
            <numerusform>تحميل بيانات تجريبية (نحو %Ln أعضاء)</numerusform>
            <numerusform>تحميل بيانات تجريبية (نحو %Ln عضوًا)</numerusform>
            <numerusform>تحميل بيانات تجريبية (نحو %Ln عضو)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockActivationDialog</name>
    <message>
        <source>An &amp;existing member</source>
        <translation>عضو موجود</translation>
    </message>
    <message>
        <source>A &amp;new member</source>
        <translation>عضو جديد</translation>
    </message>
    <message>
        <source>Activate Card</source>
        <extracomment>Dialog title: a pre-printed card is used for the first time and registered to a member</extracomment>
        <translation>تفعيل البطاقة</translation>
    </message>
    <message>
        <source>Card %1 (%2) is used for the first time. Choose who it belongs to; it is activated for that member.</source>
        <extracomment>%1 is the card number, %2 the card type</extracomment>
        <translation>تُستخدم البطاقة %1 (%2) لأول مرة. اختر صاحبها؛ وستُفعَّل لهذا العضو.</translation>
    </message>
    <message>
        <source>It carries a gift value of %1, which the member can spend once it is activated.</source>
        <extracomment>%1 is an amount of money</extracomment>
        <translation>تحمل قيمة هدية قدرها %1، يمكن للعضو إنفاقها بعد تفعيلها.</translation>
    </message>
    <message>
        <source>Name, mobile or card number</source>
        <translation>الاسم أو الجوال أو رقم البطاقة</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>الاسم الأول:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>اسم العائلة:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>الجوال:</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <extracomment>Button: bind the card to the chosen member and activate it</extracomment>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Card refused</source>
        <translation>البطاقة مرفوضة</translation>
    </message>
    <message>
        <source>Choose the member in the list.</source>
        <translation>اختر العضو من القائمة.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockEncodeDialog</name>
    <message>
        <source>Encode Card Batch</source>
        <extracomment>Dialog title: write the chips or stripes of a batch of pre-printed cards</extracomment>
        <translation>ترميز دفعة البطاقات</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>State of a card in a batch being encoded: not started yet</extracomment>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>Every card of this batch in stock is already encoded.</source>
        <translation>جميع بطاقات هذه الدفعة الموجودة في المخزون مرمَّزة بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) to encode. Press Start.</source>
        <translation>
            <numerusform>لا توجد بطاقات للترميز (%Ln). اضغط «بدء».</numerusform>
            <numerusform>بطاقة واحدة للترميز. اضغط «بدء».</numerusform>
            <numerusform>بطاقتان للترميز. اضغط «بدء».</numerusform>
            <numerusform>%Ln بطاقات للترميز. اضغط «بدء».</numerusform>
            <numerusform>%Ln بطاقة للترميز. اضغط «بدء».</numerusform>
            <numerusform>%Ln بطاقة للترميز. اضغط «بدء».</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>Button: begin encoding the cards of the batch</extracomment>
        <translation>بدء</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>S&amp;kip Card</source>
        <extracomment>Button: leave this card unwritten (it stays in stock) and go on with the next</extracomment>
        <translation>تخطي البطاقة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) encoded.</source>
        <translation>
            <numerusform>لم تُرمَّز أي بطاقة (%Ln).</numerusform>
            <numerusform>تم ترميز بطاقة واحدة.</numerusform>
            <numerusform>تم ترميز بطاقتين.</numerusform>
            <numerusform>تم ترميز %Ln بطاقات.</numerusform>
            <numerusform>تم ترميز %Ln بطاقة.</numerusform>
            <numerusform>تم ترميز %Ln بطاقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding</source>
        <extracomment>State of a card in a batch: being written now</extracomment>
        <translation>جارٍ الترميز</translation>
    </message>
    <message>
        <source>Card %1 of %2 (%3): %4</source>
        <extracomment>%1 is the position in the batch, %2 the number of cards, %3 the card number, %4 what to do now</extracomment>
        <translation>البطاقة %1 من %2 (%3): %4</translation>
    </message>
    <message>
        <source>Encoded</source>
        <extracomment>State of a card in a batch: written and checked</extracomment>
        <translation>مرمَّزة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>State of a card in a batch: left unwritten, still in stock</extracomment>
        <translation>متخطّاة</translation>
    </message>
    <message>
        <source>Card %1 is done. Take it off the reader.</source>
        <extracomment>%1 is the position of the finished card in the batch</extracomment>
        <translation>اكتملت البطاقة %1. أبعِدها عن القارئ.</translation>
    </message>
    <message>
        <source>&amp;Erase the Card</source>
        <extracomment>Button: wipe a half-written card of ours so that it can be written again</extracomment>
        <translation>مسح البطاقة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockMoveDialog</name>
    <message>
        <source>Purchase Receipt into %1</source>
        <extracomment>Dialog titles; %1 is the warehouse</extracomment>
        <translation>استلام مشتريات في %1</translation>
    </message>
    <message>
        <source>Transfer from %1</source>
        <translation>تحويل من %1</translation>
    </message>
    <message>
        <source>Adjust Stock in %1</source>
        <translation>تسوية المخزون في %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>المنتج:</translation>
    </message>
    <message>
        <source>&amp;To warehouse:</source>
        <translation>إلى المستودع:</translation>
    </message>
    <message>
        <source>Add to the stock</source>
        <extracomment>An adjustment that adds units found</extracomment>
        <translation>إضافة إلى المخزون</translation>
    </message>
    <message>
        <source>Remove from the stock</source>
        <extracomment>An adjustment that removes units lost or broken</extracomment>
        <translation>خصم من المخزون</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>التغيير:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>الكمية:</translation>
    </message>
    <message>
        <source>Supplier invoice, delivery note…</source>
        <translation>فاتورة المورد، إشعار التسليم…</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>المرجع:</translation>
    </message>
    <message>
        <source>Broken, expired, found on the shelf…</source>
        <translation>تالف، منتهي الصلاحية، وُجد على الرف…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation>اختر منتجًا.</translation>
    </message>
    <message>
        <source>Enter a quantity above zero: whole units, no minus sign.</source>
        <translation>أدخل كمية أكبر من صفر: وحدات كاملة، دون إشارة سالب.</translation>
    </message>
    <message>
        <source>Choose the warehouse that receives.</source>
        <translation>اختر المستودع المستلِم.</translation>
    </message>
    <message>
        <source>Say why the stock is adjusted.</source>
        <translation>اذكر سبب تسوية المخزون.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockRangeDialog</name>
    <message>
        <source>Distribute Cards</source>
        <translation>توزيع البطاقات</translation>
    </message>
    <message>
        <source>Block Cards</source>
        <translation>إيقاف البطاقات</translation>
    </message>
    <message>
        <source>Batch %1 (%2): cards %3 to %4.</source>
        <extracomment>%1 the batch number, %2 the card type, %3 and %4 the first and last card numbers</extracomment>
        <translation>الدفعة %1 (%2): البطاقات من %3 إلى %4.</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and the last position of a range of cards: "1 to 50"</extracomment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <extracomment>Which cards of the batch, by their position in it (1 = the first card)</extracomment>
        <translation>البطاقات:</translation>
    </message>
    <message>
        <source>No branch (an event or organisation)</source>
        <extracomment>In the list of branches that can receive cards: the cards stay at their branch</extracomment>
        <translation>بلا فرع (فعالية أو مؤسسة)</translation>
    </message>
    <message>
        <source>To &amp;branch:</source>
        <translation>إلى الفرع:</translation>
    </message>
    <message>
        <source>&amp;Event or organisation:</source>
        <extracomment>Who receives the cards: an event or organisation, in words</extracomment>
        <translation>الفعالية أو المؤسسة:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation>توزيع</translation>
    </message>
    <message>
        <source>&amp;Block Cards</source>
        <translation>إيقاف البطاقات</translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockSettingDialog</name>
    <message>
        <source>New Warehouse</source>
        <translation>مستودع جديد</translation>
    </message>
    <message>
        <source>Shop floor, back store…</source>
        <translation>صالة العرض، المخزن الخلفي…</translation>
    </message>
    <message>
        <source>The warehouse belongs to your branch.</source>
        <translation>المستودع تابع لفرعك.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Minimum of %1 in %2</source>
        <extracomment>%1 is a product, %2 a warehouse</extracomment>
        <translation>الحد الأدنى لـ %1 في %2</translation>
    </message>
    <message>
        <source>The product is marked low when its stock is at or below this number. Leave it empty or zero to remove the minimum.</source>
        <translation>يُعتبر المنتج مخزونًا منخفضًا عندما يكون مخزونه عند هذا الرقم أو دونه. اتركه فارغًا أو صفرًا لإزالة الحد الأدنى.</translation>
    </message>
    <message>
        <source>&amp;Minimum:</source>
        <translation>الحد الأدنى:</translation>
    </message>
    <message>
        <source>Enter a name for the warehouse.</source>
        <translation>أدخل اسمًا للمستودع.</translation>
    </message>
    <message>
        <source>Enter the minimum in whole units, or leave it empty.</source>
        <translation>أدخل الحد الأدنى بوحدات كاملة، أو اتركه فارغًا.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::StoreMoveDialog</name>
    <message>
        <source>A move into this database was interrupted; it will go on where it stopped.</source>
        <translation>انقطعت عملية نقل سابقة إلى قاعدة البيانات هذه؛ وستُستأنف من حيث توقفت.</translation>
    </message>
    <message>
        <source>The central database is empty; its tables will be made first.</source>
        <translation>قاعدة البيانات المركزية فارغة؛ ستُنشأ جداولها أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows in %Ln table(s) will be moved.</source>
        <extracomment>%1 rows, %Ln tables</extracomment>
        <translation>
            <numerusform>سيُنقل %1 صف في %Ln جدول.</numerusform>
            <numerusform>سيُنقل %1 صف في جدول واحد.</numerusform>
            <numerusform>سيُنقل %1 صف في جدولين.</numerusform>
            <numerusform>سيُنقل %1 صف في %Ln جداول.</numerusform>
            <numerusform>سيُنقل %1 صف في %Ln جدولًا.</numerusform>
            <numerusform>سيُنقل %1 صف في %Ln جدول.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing stands in the way. Nothing was written anywhere by this check.</source>
        <translation>لا يوجد ما يمنع النقل. لم يُكتب أي شيء في أي مكان خلال هذا الفحص.</translation>
    </message>
    <message>
        <source>The move cannot start:</source>
        <translation>لا يمكن بدء النقل:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Move to Central Server</source>
        <extracomment>%1 the database, as server/name</extracomment>
        <translation>النقل إلى الخادم المركزي</translation>
    </message>
    <message>
        <source>Copies this shop's whole store (members, cards, the ledger, sales, stock…) into an empty central PostgreSQL database, then compares both sides. This desk's data stays as it is. Do not sell on this desk until the move has finished.</source>
        <translation>ينسخ كامل بيانات متجر هذا المحل (الأعضاء، البطاقات، دفتر الأستاذ، المبيعات، المخزون…) إلى قاعدة بيانات PostgreSQL مركزية فارغة، ثم يقارن بين الجانبين. تبقى بيانات هذا المكتب كما هي. لا تبِع على هذا المكتب حتى ينتهي النقل.</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>خادم قاعدة البيانات:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>اسم قاعدة البيانات:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Enter the database server and the database name.</source>
        <translation>أدخل خادم قاعدة البيانات واسم قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Move this shop's store into %1? Do not sell on this desk until the move has finished.</source>
        <translation>هل تريد نقل بيانات متجر هذا المحل إلى %1؟ لا تبِع على هذا المكتب حتى ينتهي النقل.</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>جارٍ النقل…</translation>
    </message>
    <message>
        <source>Stop the move first; it will go on where it stopped next time.</source>
        <translation>أوقِف النقل أولًا؛ وسيُستأنف في المرة القادمة من حيث توقف.</translation>
    </message>
    <message>
        <source>Connect This Desk…</source>
        <translation>ربط هذا الجهاز…</translation>
    </message>
    <message>
        <source>The store is in the central database. Next, connect this desk to the central server under Settings → Central server (Connect This Desk), with the server's address and this desk's terminal credentials (clubserver --create-terminal).</source>
        <translation>أصبحت بيانات المتجر في قاعدة البيانات المركزية. بعد ذلك، اربط هذا الجهاز بالخادم المركزي من الإعدادات ← الخادم المركزي («ربط هذا الجهاز…») بعنوان الخادم وبيانات الطرفية الخاصة بهذا الجهاز (clubserver --create-terminal).</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SurveyAnswerDialog</name>
    <message>
        <source>Survey for %1</source>
        <extracomment>Window title: answering a survey for the named member</extracomment>
        <translation>استبيان لـ%1</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>الاستبيان:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>1–5</source>
        <extracomment>A rating not given yet (the box shows this until 1 to 5 is typed)</extracomment>
        <translation>١–٥</translation>
    </message>
    <message>
        <source>Type 1 (poor) to 5 (excellent)</source>
        <translation>اكتب من ١ (ضعيف) إلى ٥ (ممتاز)</translation>
    </message>
    <message>
        <source>Answer Survey</source>
        <translation>الإجابة عن الاستبيان</translation>
    </message>
    <message>
        <source>There is no open survey this member has not answered yet.</source>
        <translation>لا يوجد استبيان مفتوح لم يُجب عنه هذا العضو بعد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SurveyDialog</name>
    <message>
        <source>New Survey</source>
        <translation>استبيان جديد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Add &amp;rating question</source>
        <translation>إضافة سؤال تقييم</translation>
    </message>
    <message>
        <source>Add &amp;text question</source>
        <translation>إضافة سؤال نصي</translation>
    </message>
    <message>
        <source>R&amp;emove question</source>
        <translation>إزالة السؤال</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>إلى (ضمنًا):</translation>
    </message>
    <message>
        <source>&amp;Points for answering:</source>
        <translation>نقاط الإجابة:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>الأسئلة:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Rating 1–5</source>
        <translation>تقييم ١–٥</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>نص حر</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SurveysPanel</name>
    <message>
        <source>&amp;New Survey…</source>
        <translation>استبيان جديد…</translation>
    </message>
    <message>
        <source>&amp;Answer for Member…</source>
        <translation>الإجابة نيابة عن عضو…</translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation>استيراد الإجابات…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Ratings</source>
        <extracomment>Chart title: how many members gave each rating, 1 to 5</extracomment>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Free-text answers</source>
        <translation>الإجابات النصية الحرة</translation>
    </message>
    <message>
        <source>A CSV file: a header row, then per member the mobile number (or #member number) and one column per question</source>
        <translation>ملف CSV: صف عناوين، ثم لكل عضو رقم الجوال (أو # ورقم العضو) وعمود لكل سؤال</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period of days: first day – last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose a survey, or make a new one.</source>
        <translation>اختر استبيانًا، أو أنشئ استبيانًا جديدًا.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) answered.</source>
        <translation>
            <numerusform>لم يُجب أي عضو (%Ln).</numerusform>
            <numerusform>أجاب عضو واحد.</numerusform>
            <numerusform>أجاب عضوان.</numerusform>
            <numerusform>أجاب %Ln أعضاء.</numerusform>
            <numerusform>أجاب %Ln عضوًا.</numerusform>
            <numerusform>أجاب %Ln عضو.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Member</source>
        <translation>اختيار عضو</translation>
    </message>
    <message>
        <source>Import Answers</source>
        <translation>استيراد الإجابات</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) recorded.</source>
        <translation>
            <numerusform>لم تُسجَّل أي إجابة (%Ln).</numerusform>
            <numerusform>سُجّلت إجابة واحدة.</numerusform>
            <numerusform>سُجّلت إجابتان.</numerusform>
            <numerusform>سُجّلت %Ln إجابات.</numerusform>
            <numerusform>سُجّلت %Ln إجابة.</numerusform>
            <numerusform>سُجّلت %Ln إجابة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>An import row that was refused: %1 the row number in the file, %2 why</extracomment>
        <translation>الصف %1: %2</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SyncStatusButton</name>
    <message>
        <source>Online</source>
        <extracomment>Status bar: the central server answers and nothing waits to be sent</extracomment>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending sync</source>
        <extracomment>Status bar: sales kept on this desk until the central server has them</extracomment>
        <translation>
            <numerusform>%Ln عملية بانتظار المزامنة</numerusform>
            <numerusform>%Ln عملية بانتظار المزامنة</numerusform>
            <numerusform>%Ln عمليتان بانتظار المزامنة</numerusform>
            <numerusform>%Ln عمليات بانتظار المزامنة</numerusform>
            <numerusform>%Ln عملية بانتظار المزامنة</numerusform>
            <numerusform>%Ln عملية بانتظار المزامنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline, %Ln pending sync</source>
        <translation>
            <numerusform>غير متصل، %Ln عملية بانتظار المزامنة</numerusform>
            <numerusform>غير متصل، %Ln عملية بانتظار المزامنة</numerusform>
            <numerusform>غير متصل، %Ln عمليتان بانتظار المزامنة</numerusform>
            <numerusform>غير متصل، %Ln عمليات بانتظار المزامنة</numerusform>
            <numerusform>غير متصل، %Ln عملية بانتظار المزامنة</numerusform>
            <numerusform>غير متصل، %Ln عملية بانتظار المزامنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln conflict(s)</source>
        <extracomment>Status bar: %1 the connection state; then sales the server refused, for a manager</extracomment>
        <translation>
            <numerusform>%1 · %Ln تعارض</numerusform>
            <numerusform>%1 · %Ln تعارض</numerusform>
            <numerusform>%1 · %Ln تعارضان</numerusform>
            <numerusform>%1 · %Ln تعارضات</numerusform>
            <numerusform>%1 · %Ln تعارضًا</numerusform>
            <numerusform>%1 · %Ln تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Last sync: %2</source>
        <extracomment>Status bar tooltip: %1 the server's address, %2 date and time of the last complete sync</extracomment>
        <translation>%1
آخر مزامنة: %2</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TemplatesPanel</name>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Subject:</source>
        <extracomment>The subject line of an email</extracomment>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message>
        <source>You can use: %1</source>
        <translation>يمكنك استخدام: %1</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <source>&amp;Save message</source>
        <translation>حفظ الرسالة</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>يُرسل عبر:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TiersPage</name>
    <message>
        <source>&amp;Add Tier</source>
        <translation>إضافة مستوى</translation>
    </message>
    <message>
        <source>Re&amp;move Tier</source>
        <translation>إزالة المستوى</translation>
    </message>
    <message>
        <source>&amp;Save Programme</source>
        <translation>حفظ البرنامج</translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>What a tier is earned with</extracomment>
        <translation>النقاط المكتسبة</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <extracomment>What a tier is earned with</extracomment>
        <translation>المبلغ المنفق</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days</extracomment>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>الاسم (بالفارسية)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>الحد المطلوب</translation>
    </message>
    <message>
        <source>&amp;Card type:</source>
        <translation>نوع البطاقة:</translation>
    </message>
    <message>
        <source>Tiers are &amp;earned with:</source>
        <translation>تُكتسب المستويات على أساس:</translation>
    </message>
    <message>
        <source>Counted over the last:</source>
        <translation>تُحتسب خلال آخر:</translation>
    </message>
    <message>
        <source>A tier holds at least:</source>
        <translation>يبقى المستوى مدة لا تقل عن:</translation>
    </message>
    <message>
        <source>&amp;Tiers, lowest first:</source>
        <translation>المستويات، من الأدنى إلى الأعلى:</translation>
    </message>
    <message>
        <source>Tiers</source>
        <extracomment>Side bar page title: membership tier programmes</extracomment>
        <translation>المستويات</translation>
    </message>
    <message>
        <source>Create a card type first: each card type has its own tier programme.</source>
        <translation>أنشئ نوع بطاقة أولًا: لكل نوع بطاقة برنامج مستويات خاص به.</translation>
    </message>
    <message>
        <source>This card type has no tier programme yet. Add its tiers and save.</source>
        <translation>لا يوجد برنامج مستويات لنوع البطاقة هذا بعد. أضف مستوياته ثم احفظ.</translation>
    </message>
    <message>
        <source>Saved on %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>تم الحفظ في %1.</translation>
    </message>
    <message>
        <source>Enter the threshold of %1 as a whole number.</source>
        <extracomment>%1 is the tier's key</extracomment>
        <translation>أدخل الحد المطلوب للمستوى %1 كعدد صحيح.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionDetailPane</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Items and why</source>
        <translation>الأصناف والأسباب</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Choose a transaction to see its entries and the reasons behind its points.</source>
        <translation>اختر معاملة لعرض قيودها وأسباب نقاطها.</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <extracomment>Detail heading: %1 the kind (Sale...), %2 the transaction's number</extracomment>
        <translation>%1 رقم %2</translation>
    </message>
    <message>
        <source>%1 at %2 by %3</source>
        <extracomment>%1 date and time, %2 branch, %3 operator</extracomment>
        <translation>%1 في %2 بواسطة %3</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>العضو: %1</translation>
    </message>
    <message>
        <source>Receipt no. %1</source>
        <extracomment>The sale a transaction belongs to: %1 its receipt number</extracomment>
        <translation>الإيصال رقم %1</translation>
    </message>
    <message>
        <source>Voids transaction no. %1</source>
        <translation>تُلغي المعاملة رقم %1</translation>
    </message>
    <message>
        <source>Voided by transaction no. %1</source>
        <translation>أُلغيت بالمعاملة رقم %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>A transaction's note: the reason of a void or an adjustment</extracomment>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>points</source>
        <extracomment>The unit of a ledger entry</extracomment>
        <translation>نقاط</translation>
    </message>
    <message>
        <source>money</source>
        <translation>مال</translation>
    </message>
    <message>
        <source>Lot %1, expires %2</source>
        <translation>الدفعة %1، تنتهي صلاحيتها في %2</translation>
    </message>
    <message>
        <source>Lot %1, never expires</source>
        <translation>الدفعة %1، لا تنتهي صلاحيتها</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionListModel</name>
    <message>
        <source>Voided by %1</source>
        <extracomment>A transaction's state: reversed by a void (%1: the void's number)</extracomment>
        <translation>أُلغيت بـ%1</translation>
    </message>
    <message>
        <source>Voids %1</source>
        <extracomment>A void's state: %1 the number of the transaction it reversed</extracomment>
        <translation>تُلغي %1</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column: the transaction's number</extracomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column: date and time</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column: what kind of transaction (sale, return...)</extracomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>Column: the points the transaction moved</extracomment>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column: the money the transaction moved</extracomment>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column: voided or not</extracomment>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionWords</name>
    <message>
        <source>Sale</source>
        <extracomment>Ledger transaction kind: a sale at the desk</extracomment>
        <translation>بيع</translation>
    </message>
    <message>
        <source>Return</source>
        <extracomment>Ledger transaction kind: items of a sale brought back</extracomment>
        <translation>مرتجع</translation>
    </message>
    <message>
        <source>Gift redeemed</source>
        <extracomment>Ledger transaction kind: a gift taken for points</extracomment>
        <translation>استبدال هدية</translation>
    </message>
    <message>
        <source>Void</source>
        <extracomment>Ledger transaction kind: the reversal of a transaction of the same day</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Gift card sold</source>
        <extracomment>Ledger transaction kind: money paid onto a gift card at the counter</extracomment>
        <translation>بيع بطاقة هدية</translation>
    </message>
    <message>
        <source>Gift card charge returned</source>
        <extracomment>Ledger transaction kind: a gift card charge paid back</extracomment>
        <translation>استرداد شحن بطاقة هدية</translation>
    </message>
    <message>
        <source>Credit repayment</source>
        <extracomment>Ledger transaction kind: a member paying back credit</extracomment>
        <translation>سداد ائتمان</translation>
    </message>
    <message>
        <source>Points bought</source>
        <extracomment>Ledger transaction kind: a member buying points</extracomment>
        <translation>شراء نقاط</translation>
    </message>
    <message>
        <source>Member's points</source>
        <translation>نقاط العضو</translation>
    </message>
    <message>
        <source>Member's stored value</source>
        <translation>رصيد الهدايا للعضو</translation>
    </message>
    <message>
        <source>Member's credit</source>
        <translation>ائتمان العضو</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>النقاط الممنوحة</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>النقاط المستبدلة</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>النقاط المنتهية الصلاحية</translation>
    </message>
    <message>
        <source>Points adjustments</source>
        <translation>تسويات النقاط</translation>
    </message>
    <message>
        <source>Spent points taken back</source>
        <translation>النقاط المنفقة المستردّة</translation>
    </message>
    <message>
        <source>Points sold</source>
        <translation>النقاط المبيعة</translation>
    </message>
    <message>
        <source>Income from points sold</source>
        <translation>إيرادات بيع النقاط</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>المدفوع بالنقاط</translation>
    </message>
    <message>
        <source>Stored value issued</source>
        <translation>رصيد الهدايا الممنوح</translation>
    </message>
    <message>
        <source>Stored value spent</source>
        <translation>رصيد الهدايا المنفق</translation>
    </message>
    <message>
        <source>Paid with stored value</source>
        <translation>المدفوع برصيد الهدايا</translation>
    </message>
    <message>
        <source>Gift cards sold</source>
        <translation>بطاقات الهدايا المبيعة</translation>
    </message>
    <message>
        <source>Credit given to members</source>
        <translation>الائتمان الممنوح للأعضاء</translation>
    </message>
    <message>
        <source>Paid on credit</source>
        <translation>المدفوع بالائتمان</translation>
    </message>
    <message>
        <source>Cash and bank card</source>
        <translation>نقدًا وبالبطاقة المصرفية</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>الخصومات الممنوحة</translation>
    </message>
    <message>
        <source>Promotional gift card value</source>
        <extracomment>Ledger transaction kind: gift card value given by the club as a promotion (a pre-printed card)</extracomment>
        <translation>قيمة بطاقة هدية ترويجية</translation>
    </message>
    <message>
        <source>Promotion costs</source>
        <translation>تكاليف الترويج</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionsPage</name>
    <message>
        <source>All</source>
        <extracomment>A transactions filter that keeps everything</extracomment>
        <translation>الكل</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Find the member by name, mobile or card number</source>
        <translation>ابحث عن العضو بالاسم أو الجوال أو رقم البطاقة</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Money</source>
        <extracomment>The unit an amount filter is in</extracomment>
        <translation>مال</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>The unit an amount filter is in</extracomment>
        <translation>نقاط</translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>Smallest amount a listed transaction moved</extracomment>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Largest amount a listed transaction moved</extracomment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>الفرع:</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>العضو:</translation>
    </message>
    <message>
        <source>C&amp;ard:</source>
        <translation>البطاقة:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>المبلغ:</translation>
    </message>
    <message>
        <source>Transactions</source>
        <extracomment>The side bar page listing every journal transaction</extracomment>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>No card has this number.</source>
        <translation>لا توجد بطاقة بهذا الرقم.</translation>
    </message>
    <message>
        <source>The newest transactions; scroll for more.</source>
        <translation>أحدث المعاملات؛ مرّر للمزيد.</translation>
    </message>
    <message>
        <source>No transaction matches.</source>
        <translation>لا توجد معاملة مطابقة.</translation>
    </message>
    <message>
        <source>Any member…</source>
        <extracomment>The member filter when no member is chosen</extracomment>
        <translation>أي عضو…</translation>
    </message>
    <message>
        <source>Choose Member</source>
        <translation>اختيار عضو</translation>
    </message>
    <message>
        <source>Void Transaction</source>
        <extracomment>%1 the kind (Sale...), %2 the transaction's number</extracomment>
        <translation>إلغاء المعاملة</translation>
    </message>
    <message>
        <source>Post the void of %1 no. %2 now? It cannot be undone.</source>
        <translation>هل تريد ترحيل إلغاء %1 رقم %2 الآن؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Transaction no. %1 was voided by transaction no. %2.</source>
        <extracomment>%1 the voided transaction's number, %2 the void's number</extracomment>
        <translation>أُلغيت المعاملة رقم %1 بالمعاملة رقم %2.</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>تعذّرت كتابة الملف %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>تم الحفظ في %1.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::VoidDialog</name>
    <message>
        <source>Void Transaction</source>
        <translation>إلغاء المعاملة</translation>
    </message>
    <message>
        <source>Void %1 no. %2 of %3? A reversing transaction is posted: points, money and stock go back to what they were before it. Nothing is edited or deleted.</source>
        <extracomment>%1 the kind (Sale...), %2 the transaction's number, %3 its date and time</extracomment>
        <translation>هل تريد إلغاء %1 رقم %2 بتاريخ %3؟ ستُرحَّل معاملة عكسية: تعود النقاط والأموال والمخزون إلى ما كانت عليه قبلها. لا يُعدَّل أو يُحذف أي شيء.</translation>
    </message>
    <message>
        <source>Why it is voided (required)</source>
        <translation>سبب الإلغاء (إلزامي)</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <extracomment>The button that posts the void</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyEventDialog</name>
    <message>
        <source>Service Event: %1 %2</source>
        <extracomment>Dialog title; %1 product name, %2 serial number</extracomment>
        <translation>حدث الخدمة: %1 %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>الحدث:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Log Event</source>
        <translation>تسجيل الحدث</translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyPage</name>
    <message>
        <source>&amp;Register…</source>
        <translation>تسجيل…</translation>
    </message>
    <message>
        <source>Serial number or card number</source>
        <translation>الرقم التسلسلي أو رقم البطاقة</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Member…</source>
        <translation>العضو…</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days of the expiring list</extracomment>
        <translation> يوم</translation>
    </message>
    <message>
        <source>&amp;Ending Within</source>
        <translation>تنتهي خلال</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>الضمان</translation>
    </message>
    <message>
        <source>Found for “%1”</source>
        <extracomment>Heading of the warranty list: what was searched for</extracomment>
        <translation>نتائج البحث عن «%1»</translation>
    </message>
    <message>
        <source>Warranties of a Member</source>
        <translation>ضمانات عضو</translation>
    </message>
    <message>
        <source>Warranties of %1</source>
        <translation>ضمانات %1</translation>
    </message>
    <message>
        <source>Warranties on card %1</source>
        <translation>الضمانات على البطاقة %1</translation>
    </message>
    <message numerus="yes">
        <source>Warranties ending within %Ln day(s)</source>
        <extracomment>Heading of the warranty list</extracomment>
        <translation>
            <numerusform>الضمانات المنتهية خلال %Ln يوم</numerusform>
            <numerusform>الضمانات المنتهية خلال يوم واحد</numerusform>
            <numerusform>الضمانات المنتهية خلال يومين</numerusform>
            <numerusform>الضمانات المنتهية خلال %Ln أيام</numerusform>
            <numerusform>الضمانات المنتهية خلال %Ln يومًا</numerusform>
            <numerusform>الضمانات المنتهية خلال %Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyPanel</name>
    <message>
        <source>&amp;Log Service Event…</source>
        <translation>تسجيل حدث خدمة…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Ends</source>
        <extracomment>Column: the date the warranty ends</extracomment>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>No warranties.</source>
        <translation>لا توجد ضمانات.</translation>
    </message>
    <message numerus="yes">
        <source>%1, serial %2: %3. From %4 to %5 (%Ln month(s)).</source>
        <translation>
            <numerusform>%1، الرقم التسلسلي %2: %3. من %4 إلى %5 (%Ln شهر).</numerusform>
            <numerusform>%1، الرقم التسلسلي %2: %3. من %4 إلى %5 (شهر واحد).</numerusform>
            <numerusform>%1، الرقم التسلسلي %2: %3. من %4 إلى %5 (شهران).</numerusform>
            <numerusform>%1، الرقم التسلسلي %2: %3. من %4 إلى %5 (%Ln أشهر).</numerusform>
            <numerusform>%1، الرقم التسلسلي %2: %3. من %4 إلى %5 (%Ln شهرًا).</numerusform>
            <numerusform>%1، الرقم التسلسلي %2: %3. من %4 إلى %5 (%Ln شهر).</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1.</source>
        <translation>البطاقة %1.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyWords</name>
    <message>
        <source>Active</source>
        <extracomment>Warranty status: within its period</extracomment>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Warranty status: its period has ended</extracomment>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>In service</source>
        <extracomment>Warranty status: the item is at the workshop</extracomment>
        <translation>قيد الصيانة</translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>Warranty status: the item was replaced, the warranty is closed
----------
Warranty service event: the customer got a new item instead</extracomment>
        <translation>مُستبدَل</translation>
    </message>
    <message>
        <source>Received for service</source>
        <extracomment>Warranty service event: the item was brought in for service</extracomment>
        <translation>استُلم للصيانة</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <extracomment>Warranty service event: the fault was found</extracomment>
        <translation>شُخّص العطل</translation>
    </message>
    <message>
        <source>Repaired</source>
        <extracomment>Warranty service event</extracomment>
        <translation>أُصلح</translation>
    </message>
    <message>
        <source>Returned to customer</source>
        <extracomment>Warranty service event: the item was handed back to the customer</extracomment>
        <translation>أُعيد إلى العميل</translation>
    </message>
</context>
<context>
    <name>CreditSql</name>
    <message>
        <source>The gift card charge was not found.</source>
        <translation>لم يتم العثور على شحن بطاقة الهدية.</translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message>
        <source>The database server checks its own files; that part was not checked here.</source>
        <translation>يتحقق خادم قاعدة البيانات من ملفاته بنفسه؛ لم يُفحص هذا الجزء هنا.</translation>
    </message>
    <message>
        <source>The data file is sound.</source>
        <translation>ملف البيانات سليم.</translation>
    </message>
    <message numerus="yes">
        <source>The data file is damaged (%Ln finding(s)). Restore the latest good backup.</source>
        <translation>
            <numerusform>ملف البيانات تالف (%Ln مشكلة). استعد أحدث نسخة احتياطية سليمة.</numerusform>
            <numerusform>ملف البيانات تالف (%Ln مشكلة). استعد أحدث نسخة احتياطية سليمة.</numerusform>
            <numerusform>ملف البيانات تالف (%Ln مشكلتان). استعد أحدث نسخة احتياطية سليمة.</numerusform>
            <numerusform>ملف البيانات تالف (%Ln مشكلات). استعد أحدث نسخة احتياطية سليمة.</numerusform>
            <numerusform>ملف البيانات تالف (%Ln مشكلة). استعد أحدث نسخة احتياطية سليمة.</numerusform>
            <numerusform>ملف البيانات تالف (%Ln مشكلة). استعد أحدث نسخة احتياطية سليمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 transactions, %2 accounts and %3 points lots were checked.</source>
        <extracomment>%1 transactions, %2 accounts, %3 points lots</extracomment>
        <translation>تم فحص: المعاملات %1، الحسابات %2، دفعات النقاط %3.</translation>
    </message>
    <message>
        <source>The ledger is in order: every transaction balances and every balance equals its entries.</source>
        <translation>دفتر الحسابات سليم: كل معاملة متوازنة، وكل رصيد يساوي مجموع قيوده.</translation>
    </message>
    <message numerus="yes">
        <source>The ledger has %Ln problem(s):</source>
        <translation>
            <numerusform>في دفتر الحسابات %Ln مشكلة:</numerusform>
            <numerusform>في دفتر الحسابات %Ln مشكلة:</numerusform>
            <numerusform>في دفتر الحسابات %Ln مشكلتان:</numerusform>
            <numerusform>في دفتر الحسابات %Ln مشكلات:</numerusform>
            <numerusform>في دفتر الحسابات %Ln مشكلة:</numerusform>
            <numerusform>في دفتر الحسابات %Ln مشكلة:</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock agrees with its movements.</source>
        <translation>المخزون مطابق لحركاته.</translation>
    </message>
    <message numerus="yes">
        <source>Stock disagrees with its movements in %Ln place(s):</source>
        <translation>
            <numerusform>المخزون غير مطابق لحركاته في %Ln موضع:</numerusform>
            <numerusform>المخزون غير مطابق لحركاته في %Ln موضع:</numerusform>
            <numerusform>المخزون غير مطابق لحركاته في %Ln موضعين:</numerusform>
            <numerusform>المخزون غير مطابق لحركاته في %Ln مواضع:</numerusform>
            <numerusform>المخزون غير مطابق لحركاته في %Ln موضعًا:</numerusform>
            <numerusform>المخزون غير مطابق لحركاته في %Ln موضع:</numerusform>
        </translation>
    </message>
    <message>
        <source>Product %1 in warehouse %2 shows %3 in stock, but its movements add up to %4.</source>
        <translation>المنتج %1 في المستودع %2 يُظهر %3 في المخزون، لكن مجموع حركاته %4.</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>كل شيء سليم.</translation>
    </message>
    <message>
        <source>Keep this report and contact support before you go on selling.</source>
        <translation>احتفظ بهذا التقرير وتواصل مع الدعم الفني قبل متابعة البيع.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data file %1 could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>تعذّر فتح ملف البيانات %1. تحقّق من وجود المجلد ومن أن لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <source>The database server could not be reached. Check the server address, the user name and the password.</source>
        <translation>تعذّر الاتصال بخادم قاعدة البيانات. تحقّق من عنوان الخادم واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>The data file is in use by another program. Close the other copy of Customer Club Manager and try again.</source>
        <translation>ملف البيانات قيد الاستخدام من قِبل برنامج آخر. أغلق النسخة الأخرى من مدير نادي العملاء ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a Customer Club Manager store. It was left untouched; restore it from a backup.</source>
        <translation>ملف البيانات %1 تالف أو لا يخص برنامج مدير نادي العملاء. لم يتم المساس به؛ استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The data file could not be prepared for use.</source>
        <translation>تعذّر تجهيز ملف البيانات للاستخدام.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Demo data can only be loaded into a store without members.</source>
        <translation>لا يمكن تحميل البيانات التجريبية إلا في متجر ليس فيه أعضاء.</translation>
    </message>
    <message>
        <source>The number of demo members must be between 0 and %1.</source>
        <translation>يجب أن يكون عدد الأعضاء التجريبيين بين ٠ و%1.</translation>
    </message>
    <message numerus="yes">
        <source>The demo history must cover 1 to %Ln months.</source>
        <translation>
            <numerusform>يجب أن يغطي السجل التجريبي من ١ إلى %Ln شهر.</numerusform>
            <numerusform>يجب أن يغطي السجل التجريبي من ١ إلى %Ln شهر.</numerusform>
            <numerusform>يجب أن يغطي السجل التجريبي من ١ إلى %Ln شهرين.</numerusform>
            <numerusform>يجب أن يغطي السجل التجريبي من ١ إلى %Ln أشهر.</numerusform>
            <numerusform>يجب أن يغطي السجل التجريبي من ١ إلى %Ln شهرًا.</numerusform>
            <numerusform>يجب أن يغطي السجل التجريبي من ١ إلى %Ln شهر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data files are damaged. Reinstall the application.</source>
        <translation>ملفات البيانات التجريبية تالفة. أعد تثبيت البرنامج.</translation>
    </message>
    <message>
        <source>1 point per 10,000 rials</source>
        <translation>نقطة واحدة لكل ١٠٬٠٠٠ ريال</translation>
    </message>
    <message>
        <source>10% off snacks</source>
        <translation>خصم ١٠٪ على الوجبات الخفيفة</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>مكافأة عيد الميلاد</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>المستودع الرئيسي</translation>
    </message>
</context>
<context>
    <name>DemoDataRunner</name>
    <message>
        <source>Creating the demo club: members, cards and their points history…</source>
        <translation>جارٍ إنشاء النادي التجريبي: الأعضاء والبطاقات وسجل نقاطهم…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>البيانات التجريبية</translation>
    </message>
</context>
<context>
    <name>DonationSql</name>
    <message>
        <source>That charity was not found.</source>
        <translation>لم يتم العثور على تلك الجمعية الخيرية.</translation>
    </message>
</context>
<context>
    <name>EngagementSql</name>
    <message>
        <source>This lottery no longer exists.</source>
        <translation>هذا السحب لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This survey no longer exists.</source>
        <translation>هذا الاستبيان لم يعد موجودًا.</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>A key passphrase must have at least %1 characters.</source>
        <translation>يجب ألا تقل عبارة مرور المفاتيح عن %1 أحرف.</translation>
    </message>
    <message>
        <source>The card keys could not be secured. Try again.</source>
        <translation>تعذّر تأمين مفاتيح البطاقات. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>No card keys have been created for this club yet.</source>
        <translation>لم يتم إنشاء مفاتيح بطاقات لنادي العملاء هذا بعد.</translation>
    </message>
    <message>
        <source>The stored card key %1 is damaged and cannot be opened.</source>
        <translation>مفتاح البطاقات المحفوظ %1 تالف ولا يمكن فتحه.</translation>
    </message>
    <message numerus="yes">
        <source>The card keys are locked for %Ln minute(s) after too many wrong passphrases.</source>
        <translation>
            <numerusform>مفاتيح البطاقات مقفلة لمدة %Ln دقيقة بسبب إدخال عبارة مرور خاطئة مرات كثيرة.</numerusform>
            <numerusform>مفاتيح البطاقات مقفلة لمدة دقيقة واحدة (%Ln) بسبب إدخال عبارة مرور خاطئة مرات كثيرة.</numerusform>
            <numerusform>مفاتيح البطاقات مقفلة لمدة دقيقتين (%Ln) بسبب إدخال عبارة مرور خاطئة مرات كثيرة.</numerusform>
            <numerusform>مفاتيح البطاقات مقفلة لمدة %Ln دقائق بسبب إدخال عبارة مرور خاطئة مرات كثيرة.</numerusform>
            <numerusform>مفاتيح البطاقات مقفلة لمدة %Ln دقيقة بسبب إدخال عبارة مرور خاطئة مرات كثيرة.</numerusform>
            <numerusform>مفاتيح البطاقات مقفلة لمدة %Ln دقيقة بسبب إدخال عبارة مرور خاطئة مرات كثيرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>عبارة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Unlock the card keys first.</source>
        <translation>افتح قفل مفاتيح البطاقات أولًا.</translation>
    </message>
    <message>
        <source>This file is not a card key export of this program.</source>
        <translation>هذا الملف ليس ملف مفاتيح بطاقات صدّره هذا البرنامج.</translation>
    </message>
    <message>
        <source>The transfer passphrase is wrong.</source>
        <translation>عبارة مرور النقل غير صحيحة.</translation>
    </message>
    <message>
        <source>The card keys were changed meanwhile. Try again.</source>
        <translation>تم تغيير مفاتيح البطاقات في هذه الأثناء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>All %1 key versions have been used. The card keys cannot be rotated again.</source>
        <translation>تم استخدام جميع إصدارات المفاتيح البالغ عددها %1. لا يمكن إنشاء إصدار مفاتيح جديد بعد الآن.</translation>
    </message>
    <message>
        <source>The card keys already exist. To start a new key version, use New key version on the Devices page.</source>
        <translation>مفاتيح البطاقات موجودة بالفعل. لبدء نسخة مفاتيح جديدة، استخدم «نسخة مفاتيح جديدة» في صفحة الأجهزة.</translation>
    </message>
    <message>
        <source>Key version %1 in this file is not the same key as this club's key version %1. Nothing was imported.</source>
        <translation>نسخة المفتاح %1 في هذا الملف ليست هي نفس مفتاح نسخة المفتاح %1 لهذا النادي. لم يُستورد أي شيء.</translation>
    </message>
</context>
<context>
    <name>LedgerStore</name>
    <message>
        <source>The member account was not found.</source>
        <translation>لم يتم العثور على حساب العضو.</translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation>تعذّر على مخزن البيانات إتمام العملية. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The points changed during this operation. Nothing was posted; try again.</source>
        <translation>تغيّرت النقاط أثناء هذه العملية. لم يُسجَّل شيء؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The balance does not cover this. Nothing was posted.</source>
        <translation>الرصيد لا يكفي لهذه العملية. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Not enough points: %1 can be used now and %2 are needed. Nothing was posted.</source>
        <translation>النقاط غير كافية: المتاح للاستخدام الآن %1 والمطلوب %2. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Not enough stored value: the balance is %1 and %2 is needed. Nothing was posted.</source>
        <translation>رصيد الهدايا غير كافٍ: الرصيد %1 والمطلوب %2. لم يُسجَّل شيء.</translation>
    </message>
</context>
<context>
    <name>MessagingSql</name>
    <message>
        <source>The message template no longer exists.</source>
        <translation>قالب الرسالة لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The message is gone.</source>
        <translation>الرسالة لم تعد موجودة.</translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message>
        <source>The member does not want SMS.</source>
        <translation>لا يرغب العضو في تلقي رسائل SMS.</translation>
    </message>
    <message>
        <source>The member has no mobile number.</source>
        <translation>ليس لدى العضو رقم جوال.</translation>
    </message>
    <message>
        <source>The member does not want email.</source>
        <translation>لا يرغب العضو في تلقي البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>The member has no email address.</source>
        <translation>ليس لدى العضو عنوان بريد إلكتروني.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database holds other data and is not a Customer Club Manager store. It was left untouched.</source>
        <translation>قاعدة البيانات هذه تحتوي على بيانات أخرى ولا تخص برنامج مدير نادي العملاء. لم يتم المساس بها.</translation>
    </message>
    <message>
        <source>This data file was made by a newer version of Customer Club Manager (schema %1; this version knows up to %2). Please update the program. The file was left untouched.</source>
        <translation>أُنشئ ملف البيانات هذا بإصدار أحدث من مدير نادي العملاء (المخطط %1؛ وهذا الإصدار يدعم حتى %2). يُرجى تحديث البرنامج. لم يتم المساس بالملف.</translation>
    </message>
    <message>
        <source>A database upgrade step is missing from the program.</source>
        <translation>إحدى خطوات ترقية قاعدة البيانات غير موجودة في البرنامج.</translation>
    </message>
    <message>
        <source>The database could not be upgraded (step %1). Nothing was changed.</source>
        <translation>تعذّرت ترقية قاعدة البيانات (الخطوة %1). لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>The organisation was not found.</source>
        <translation>لم يتم العثور على المؤسسة.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم للكل</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا للكل</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>Nothing to report for these filters.</source>
        <translation>لا يوجد ما يُعرض في التقرير لهذه المرشِّحات.</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <extracomment>At the foot of a printed report; %1 date and time</extracomment>
        <translation>أُعدّ في %1</translation>
    </message>
</context>
<context>
    <name>ReportSql</name>
    <message>
        <source>The report was stopped.</source>
        <translation>تم إيقاف التقرير.</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>Enter a name for the rule.</source>
        <translation>أدخل اسمًا للقاعدة.</translation>
    </message>
    <message>
        <source>The priority cannot be negative.</source>
        <translation>لا يمكن أن تكون الأولوية سالبة.</translation>
    </message>
    <message>
        <source>The rule must end after it starts.</source>
        <translation>يجب أن تنتهي القاعدة بعد بدئها.</translation>
    </message>
    <message>
        <source>Choose at least one weekday for the rule.</source>
        <translation>اختر يومًا واحدًا على الأقل من أيام الأسبوع للقاعدة.</translation>
    </message>
    <message>
        <source>Enter both the start and the end of the hour window, between 00:00 and 23:59.</source>
        <translation>أدخل بداية ونهاية الفترة الزمنية كلتيهما، بين ٠٠:٠٠ و٢٣:٥٩.</translation>
    </message>
    <message>
        <source>The hour window is empty: its start and end are the same.</source>
        <translation>الفترة الزمنية فارغة: بدايتها ونهايتها متساويتان.</translation>
    </message>
    <message>
        <source>Values in a rule cannot be negative.</source>
        <translation>لا يمكن أن تكون القيم في القاعدة سالبة.</translation>
    </message>
    <message>
        <source>The number of points is too large.</source>
        <translation>عدد النقاط كبير جدًا.</translation>
    </message>
    <message>
        <source>A tier multiplier must name a tier and lie between ×0 and ×100.</source>
        <translation>يجب أن يحدد مُضاعِف المستوى مستوى معيّنًا وأن تكون قيمته بين ×٠ و×١٠٠.</translation>
    </message>
    <message>
        <source>An amount of zero would give points for nothing; enter the amount that earns the points.</source>
        <translation>المبلغ الصفري يمنح نقاطًا دون مقابل؛ أدخل المبلغ الذي يكسب النقاط.</translation>
    </message>
    <message>
        <source>The rule gives no points; enter the points earned.</source>
        <translation>القاعدة لا تمنح أي نقاط؛ أدخل عدد النقاط المكتسبة.</translation>
    </message>
    <message>
        <source>Choose the product group the rule applies to.</source>
        <translation>اختر مجموعة المنتجات التي تنطبق عليها القاعدة.</translation>
    </message>
    <message>
        <source>Choose the product the rule applies to.</source>
        <translation>اختر المنتج الذي تنطبق عليه القاعدة.</translation>
    </message>
    <message>
        <source>A threshold of zero would give gifts for nothing; enter the threshold.</source>
        <translation>الحد الصفري يمنح هدايا دون مقابل؛ أدخل قيمة الحد.</translation>
    </message>
    <message>
        <source>Choose the gift the threshold gives.</source>
        <translation>اختر الهدية التي يمنحها بلوغ الحد.</translation>
    </message>
    <message>
        <source>Choose the card type the discount applies to.</source>
        <translation>اختر نوع البطاقة الذي ينطبق عليه الخصم.</translation>
    </message>
    <message>
        <source>Choose the tier the discount applies to.</source>
        <translation>اختر المستوى الذي ينطبق عليه الخصم.</translation>
    </message>
    <message>
        <source>A percentage discount must lie between 0.01% and 100%.</source>
        <translation>يجب أن تكون نسبة الخصم المئوية بين ٠٫٠١٪ و١٠٠٪.</translation>
    </message>
    <message>
        <source>Enter the discount amount.</source>
        <translation>أدخل مبلغ الخصم.</translation>
    </message>
    <message>
        <source>Choose each guild the rule is limited to once.</source>
        <translation>اختر كل فئة تجار تقتصر عليها القاعدة مرة واحدة فقط.</translation>
    </message>
    <message>
        <source>Choose each merchant the rule is limited to once.</source>
        <translation>اختر كل تاجر تقتصر عليه القاعدة مرة واحدة فقط.</translation>
    </message>
</context>
<context>
    <name>SalesSql</name>
    <message>
        <source>The sale was not found.</source>
        <translation>لم يتم العثور على عملية البيع.</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>The key file that protects saved passwords cannot be read.</source>
        <translation>لا يمكن قراءة ملف المفتاح الذي يحمي كلمات المرور المحفوظة.</translation>
    </message>
    <message>
        <source>The key file that protects saved passwords is damaged. Enter the passwords again.</source>
        <translation>ملف المفتاح الذي يحمي كلمات المرور المحفوظة تالف. أدخل كلمات المرور مرة أخرى.</translation>
    </message>
    <message>
        <source>The key file that protects saved passwords is missing. Enter the passwords again.</source>
        <translation>ملف المفتاح الذي يحمي كلمات المرور المحفوظة مفقود. أدخل كلمات المرور مرة أخرى.</translation>
    </message>
    <message>
        <source>The key file that protects saved passwords cannot be written.</source>
        <translation>لا يمكن كتابة ملف المفتاح الذي يحمي كلمات المرور المحفوظة.</translation>
    </message>
    <message>
        <source>A saved password is damaged. Enter it again.</source>
        <translation>إحدى كلمات المرور المحفوظة تالفة. أدخلها مرة أخرى.</translation>
    </message>
    <message>
        <source>A saved password cannot be opened with this computer's key. Enter it again.</source>
        <translation>لا يمكن فتح إحدى كلمات المرور المحفوظة بمفتاح هذا الحاسوب. أدخلها مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>SmsGateway</name>
    <message>
        <source>Set the SMS gateway in the messaging settings first.</source>
        <translation>اضبط بوابة SMS في إعدادات المراسلات أولًا.</translation>
    </message>
    <message>
        <source>The member has no mobile number.</source>
        <translation>ليس لدى العضو رقم جوال.</translation>
    </message>
    <message>
        <source>The SMS gateway address is not a valid http or https URL.</source>
        <translation>عنوان بوابة SMS ليس عنوان URL صالحًا من نوع http أو https.</translation>
    </message>
    <message>
        <source>The SMS gateway refused the message (HTTP %1): %2</source>
        <translation>رفضت بوابة SMS الرسالة (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The SMS gateway did not confirm the message: %1</source>
        <translation>لم تؤكد بوابة SMS استلام الرسالة: %1</translation>
    </message>
    <message>
        <source>The SMS gateway %1 did not answer in time.</source>
        <translation>لم تستجب بوابة SMS %1 في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The SMS gateway %1 could not be reached: %2</source>
        <translation>تعذّر الاتصال ببوابة SMS %1: %2</translation>
    </message>
</context>
<context>
    <name>SmtpMailer</name>
    <message>
        <source>Set the email server (SMTP) in the messaging settings first.</source>
        <translation>اضبط خادم البريد الإلكتروني (SMTP) في إعدادات المراسلات أولًا.</translation>
    </message>
    <message>
        <source>The sender's email address is not valid.</source>
        <translation>عنوان البريد الإلكتروني للمرسِل غير صالح.</translation>
    </message>
    <message>
        <source>"%1" is not a valid email address.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني صالحًا.</translation>
    </message>
    <message>
        <source>Email could not be started on this computer.</source>
        <translation>تعذّر تشغيل البريد الإلكتروني على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>The email server %1 could not be reached.</source>
        <translation>تعذّر الاتصال بخادم البريد الإلكتروني %1.</translation>
    </message>
    <message>
        <source>The email server %1 did not answer in time.</source>
        <translation>لم يستجب خادم البريد الإلكتروني %1 في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The email server refused the user name or password.</source>
        <translation>رفض خادم البريد الإلكتروني اسم المستخدم أو كلمة المرور.</translation>
    </message>
    <message>
        <source>A secure connection to the email server could not be made: %1</source>
        <translation>تعذّر إنشاء اتصال آمن بخادم البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <source>The email server refused the address %1 (reply %2).</source>
        <translation>رفض خادم البريد الإلكتروني العنوان %1 (الرد %2).</translation>
    </message>
    <message>
        <source>The email could not be sent: %1</source>
        <translation>تعذّر إرسال البريد الإلكتروني: %1</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The record was not found.</source>
        <translation>لم يتم العثور على السجل.</translation>
    </message>
    <message>
        <source>This value is already recorded.</source>
        <translation>هذه القيمة مسجّلة بالفعل.</translation>
    </message>
    <message>
        <source>The data store is busy with another operation. Please try again in a moment.</source>
        <translation>مخزن البيانات مشغول بعملية أخرى. يُرجى المحاولة مرة أخرى بعد لحظات.</translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation>تعذّر على مخزن البيانات إتمام العملية. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>StoreMove</name>
    <message>
        <source>The move was stopped. Start it again to go on where it stopped.</source>
        <translation>تم إيقاف النقل. ابدأه مرة أخرى لاستئنافه من حيث توقف.</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows in %Ln table(s) are in the central database.</source>
        <translation>
            <numerusform>يوجد %1 صف في %Ln جدول في قاعدة البيانات المركزية.</numerusform>
            <numerusform>يوجد %1 صف في جدول واحد في قاعدة البيانات المركزية.</numerusform>
            <numerusform>يوجد %1 صف في جدولين في قاعدة البيانات المركزية.</numerusform>
            <numerusform>يوجد %1 صف في %Ln جداول في قاعدة البيانات المركزية.</numerusform>
            <numerusform>يوجد %1 صف في %Ln جدولًا في قاعدة البيانات المركزية.</numerusform>
            <numerusform>يوجد %1 صف في %Ln جدول في قاعدة البيانات المركزية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both sides hold the same rows; %1 account balances and %2 points lots are identical.</source>
        <extracomment>%1 ledger accounts, %2 points lots</extracomment>
        <translation>يحتوي الجانبان على الصفوف نفسها؛ أرصدة الحسابات (%1) ودفعات النقاط (%2) متطابقة.</translation>
    </message>
    <message>
        <source>The two sides differ:</source>
        <translation>يختلف الجانبان:</translation>
    </message>
    <message>
        <source>This desk recorded changes after the move began; they are not in the central database: %1. Empty the central database and move again, with no sales on this desk meanwhile.</source>
        <translation>سجّل هذا المكتب تغييرات بعد بدء النقل، وهي غير موجودة في قاعدة البيانات المركزية: %1. أفرغ قاعدة البيانات المركزية وأعد النقل، دون أي مبيعات على هذا المكتب في أثناء ذلك.</translation>
    </message>
    <message>
        <source>The move could not write its notes beside the data file (%1).</source>
        <translation>تعذّر على عملية النقل كتابة ملاحظاتها بجانب ملف البيانات (%1).</translation>
    </message>
    <message>
        <source>This desk already works on a central database.</source>
        <translation>هذا المكتب يعمل بالفعل على قاعدة بيانات مركزية.</translation>
    </message>
    <message>
        <source>This desk's data does not pass its check; it is not moved:</source>
        <translation>بيانات هذا المكتب لا تجتاز الفحص؛ لذا لن تُنقل:</translation>
    </message>
    <message>
        <source>The central database was made by a newer version of the program. Update this program first.</source>
        <translation>أُنشئت قاعدة البيانات المركزية بإصدار أحدث من البرنامج. حدّث هذا البرنامج أولًا.</translation>
    </message>
    <message>
        <source>The central database was made by an older version of the program. Start the central server of this version once (it brings its database up to date), then check again.</source>
        <translation>أُنشئت قاعدة البيانات المركزية بإصدار أقدم من البرنامج. شغّل الخادم المركزي لهذا الإصدار مرة واحدة (فهو يحدّث قاعدة بياناته)، ثم أعد الفحص.</translation>
    </message>
    <message>
        <source>The data file %1 could not be read.</source>
        <translation>تعذّرت قراءة ملف البيانات %1.</translation>
    </message>
    <message>
        <source>These tables refer to each other in a loop and cannot be moved in order: %1</source>
        <translation>هذه الجداول يشير بعضها إلى بعض في حلقة، ولا يمكن نقلها بالترتيب: %1</translation>
    </message>
    <message>
        <source>Another store has already been moved into this central database.</source>
        <translation>نُقل متجر آخر بالفعل إلى قاعدة البيانات المركزية هذه.</translation>
    </message>
    <message>
        <source>The central database has no column %1 in %2; it was made for another version of the program.</source>
        <translation>لا يوجد في قاعدة البيانات المركزية العمود %1 في %2؛ فقد أُنشئت لإصدار آخر من البرنامج.</translation>
    </message>
    <message>
        <source>The central database already holds data (%1 rows in %2). Move into an empty database.</source>
        <translation>تحتوي قاعدة البيانات المركزية على بيانات بالفعل (%1 صف في %2). انقل إلى قاعدة بيانات فارغة.</translation>
    </message>
    <message>
        <source>The copy of this desk's data does not pass its check:</source>
        <translation>نسخة بيانات هذا المكتب لا تجتاز الفحص:</translation>
    </message>
    <message>
        <source>The copy of this desk's data made for the move is missing.</source>
        <translation>نسخة بيانات هذا المكتب المُعدّة للنقل مفقودة.</translation>
    </message>
    <message>
        <source>This desk's data could not be read for the comparison.</source>
        <translation>تعذّرت قراءة بيانات هذا المكتب لإجراء المقارنة.</translation>
    </message>
    <message>
        <source>%1: %2 rows here, %3 in the central database</source>
        <extracomment>%1 table, %2 rows here, %3 rows in the central database</extracomment>
        <translation>%1: %2 صف هنا، و%3 في قاعدة البيانات المركزية</translation>
    </message>
    <message>
        <source>%1 row %2: %3 differs</source>
        <extracomment>%1 table, %2 row id, %3 column</extracomment>
        <translation>%1 الصف %2: يختلف %3</translation>
    </message>
</context>
<context>
    <name>StoreMoveSql</name>
    <message>
        <source>The data file holds a table or column the program does not know.</source>
        <translation>يحتوي ملف البيانات على جدول أو عمود لا يعرفه البرنامج.</translation>
    </message>
    <message>
        <source>A row of %1 could not be written to the central database: %2</source>
        <translation>تعذّرت كتابة صف من %1 في قاعدة البيانات المركزية: %2</translation>
    </message>
    <message>
        <source>The move's record in the central database is missing.</source>
        <translation>سجل النقل في قاعدة البيانات المركزية مفقود.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The message uses {%1}, which is not a known placeholder. Known ones: %2.</source>
        <extracomment>{%1} is a placeholder name as the user typed it, e.g. {birthday}</extracomment>
        <translation>تستخدم الرسالة {%1}، وهو ليس عنصرًا نائبًا معروفًا. العناصر المعروفة: %2.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The operation was already finished.</source>
        <translation>اكتملت العملية بالفعل.</translation>
    </message>
</context>
<context>
    <name>TransactionSql</name>
    <message>
        <source>The transaction was not found.</source>
        <translation>لم يتم العثور على المعاملة.</translation>
    </message>
</context>
<context>
    <name>WarrantySql</name>
    <message>
        <source>That sale line was not found.</source>
        <translation>لم يتم العثور على بند البيع ذلك.</translation>
    </message>
    <message>
        <source>That warranty was not found.</source>
        <translation>لم يتم العثور على ذلك الضمان.</translation>
    </message>
</context>
</TS>