<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>BackupFile</name>
    <message>
        <source>Stopped.</source>
        <translation>متوقف شد.</translation>
    </message>
    <message>
        <source>This file is not a backup made by Customer Club Manager.</source>
        <translation>این فایل نسخه پشتیبانی نیست که با مدیریت باشگاه مشتریان ساخته شده باشد.</translation>
    </message>
    <message>
        <source>The backup file is damaged: it was changed after it was written. Use another backup.</source>
        <translation>فایل پشتیبان آسیب دیده است: پس از نوشته شدن تغییر کرده است. از نسخه پشتیبان دیگری استفاده کنید.</translation>
    </message>
    <message>
        <source>The backup file is incomplete: it ends before its last part. It may not have been copied completely; use another copy or another backup.</source>
        <translation>فایل پشتیبان ناقص است: پیش از بخش پایانی‌اش تمام می‌شود. شاید کامل کپی نشده باشد؛ از رونوشت دیگری از آن یا نسخه پشتیبان دیگری استفاده کنید.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>کتابخانه رمزنگاری راه‌اندازی نشد.</translation>
    </message>
    <message>
        <source>The backup file %1 could not be opened.</source>
        <translation>فایل پشتیبان %1 باز نشد.</translation>
    </message>
    <message>
        <source>This backup was written in a newer format. Install the newer version of Customer Club Manager to restore it.</source>
        <translation>این نسخه پشتیبان با قالب جدیدتری نوشته شده است. برای بازگردانی آن، نسخه جدیدتر مدیریت باشگاه مشتریان را نصب کنید.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the backup file is damaged at its start.</source>
        <translation>عبارت عبور اشتباه است یا ابتدای فایل پشتیبان آسیب دیده است.</translation>
    </message>
    <message>
        <source>The backup key could not be made.</source>
        <translation>کلید پشتیبان ساخته نشد.</translation>
    </message>
    <message>
        <source>Not enough memory to make the backup key.</source>
        <translation>حافظه برای ساختن کلید پشتیبان کافی نیست.</translation>
    </message>
    <message>
        <source>The copy of the data could not be read.</source>
        <translation>رونوشت داده‌ها خوانده نشد.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, that there is room and that you may write to it.</source>
        <translation>نسخه پشتیبان در %1 نوشته نشد. بررسی کنید که پوشه وجود داشته باشد، فضای کافی باشد و اجازه نوشتن در آن را داشته باشید.</translation>
    </message>
    <message>
        <source>The backup could not be unpacked next to the data file. Check that there is room.</source>
        <translation>نسخه پشتیبان در کنار فایل داده‌ها باز نشد. بررسی کنید که فضای کافی وجود داشته باشد.</translation>
    </message>
    <message>
        <source>The backup could not be unpacked next to the data file.</source>
        <translation>نسخه پشتیبان در کنار فایل داده‌ها باز نشد.</translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Choose a folder and a passphrase for the daily backups first.</source>
        <translation>ابتدا یک پوشه و یک عبارت عبور برای پشتیبان‌گیری روزانه انتخاب کنید.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached. Is the drive connected?</source>
        <translation>پوشه پشتیبان %1 در دسترس نیست. آیا درایو وصل است؟</translation>
    </message>
    <message>
        <source>An old backup could not be removed from %1.</source>
        <translation>یک نسخه پشتیبان قدیمی از %1 حذف نشد.</translation>
    </message>
</context>
<context>
    <name>BackupSql</name>
    <message>
        <source>The data file %1 could not be read.</source>
        <translation>فایل داده‌ها (%1) خوانده نشد.</translation>
    </message>
    <message>
        <source>A copy of the data could not be made: %1</source>
        <translation>رونوشتی از داده‌ها تهیه نشد: %1</translation>
    </message>
</context>
<context>
    <name>CardPrinting</name>
    <message>
        <source>Print Cards</source>
        <translation>چاپ کارت‌ها</translation>
    </message>
    <message>
        <source>There is no card to print.</source>
        <translation>کارتی برای چاپ وجود ندارد.</translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and try again.</source>
        <translation>استفاده از چاپگر ممکن نشد. بررسی کنید که روشن باشد و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>کارت‌ها</translation>
    </message>
</context>
<context>
    <name>CardStockSql</name>
    <message numerus="yes">
        <source>This branch does not have %Ln blank card(s) of this type.</source>
        <translation>
            <numerusform>این شعبه %Ln کارت خام از این نوع ندارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stock card was not found.</source>
        <translation>کارت موردنظر در موجودی پیدا نشد.</translation>
    </message>
    <message>
        <source>Only a card still in stock can be encoded.</source>
        <translation>فقط کارتی را که هنوز در موجودی است می‌توان کدگذاری کرد.</translation>
    </message>
</context>
<context>
    <name>Club::App</name>
    <message>
        <source>Customer Club Manager</source>
        <translation>مدیریت باشگاه مشتریان</translation>
    </message>
    <message>
        <source>The folder for the data file could not be created: %1</source>
        <translation>پوشه فایل داده‌ها ساخته نشد: %1</translation>
    </message>
    <message>
        <source>Customer Club Manager is already open on this data file. Switch to the open window, or close it first.</source>
        <translation>برنامه مدیریت باشگاه مشتریان هم‌اکنون روی همین فایل داده‌ها باز است. به پنجره باز بروید یا ابتدا آن را ببندید.</translation>
    </message>
    <message>
        <source>The data file's folder cannot be written to: %1</source>
        <translation>امکان نوشتن در پوشه فایل داده‌ها وجود ندارد: %1</translation>
    </message>
    <message>
        <source>The backup was restored. The previous data was kept as %1.</source>
        <translation>نسخه پشتیبان بازگردانی شد. داده‌های قبلی با نام %1 نگه داشته شد.</translation>
    </message>
</context>
<context>
    <name>Club::CommandLine</name>
    <message>
        <source>Customer Club Manager: the loyalty club's back office.</source>
        <translation>مدیریت باشگاه مشتریان: بخش مدیریت باشگاه وفاداری مشتریان.</translation>
    </message>
    <message>
        <source>Open the store in FILE instead of the default one.</source>
        <translation>فروشگاه را به‌جای فروشگاه پیش‌فرض از «فایل» باز می‌کند.</translation>
    </message>
    <message>
        <source>FILE</source>
        <extracomment>The value's name in --help: keep it short, in capitals where the script has them.</extracomment>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Keep the store in the folder DIR (the file %1 in it).</source>
        <translation>فروشگاه را در «پوشه» نگه می‌دارد (در فایل %1 درون آن).</translation>
    </message>
    <message>
        <source>DIR</source>
        <extracomment>The value's name in --help: keep it short, in capitals where the script has them.</extracomment>
        <translation>پوشه</translation>
    </message>
    <message>
        <source>Language for this start: fa (Persian), ar (Arabic) or en (English).</source>
        <translation>زبان این اجرا: fa (فارسی)، ar (عربی) یا en (انگلیسی).</translation>
    </message>
    <message>
        <source>LANG</source>
        <extracomment>The value's name in --help: keep it short, in capitals where the script has them.</extracomment>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Back the store up into the encrypted file FILE and exit.</source>
        <translation>از فروشگاه در فایل رمزنگاری‌شده «فایل» نسخه پشتیبان می‌گیرد و خارج می‌شود.</translation>
    </message>
    <message>
        <source>Restore the store from the backup FILE and exit.</source>
        <translation>فروشگاه را از فایل پشتیبان «فایل» بازگردانی می‌کند و خارج می‌شود.</translation>
    </message>
    <message>
        <source>Check the store (SQLite, ledger, stock) and exit.</source>
        <translation>فروشگاه را بررسی می‌کند (SQLite، دفتر حساب، موجودی انبار) و خارج می‌شود.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>آرگومان غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>Unknown language "%1". Use fa, ar or en.</source>
        <translation>زبان ناشناخته «%1». از fa، ar یا en استفاده کنید.</translation>
    </message>
    <message>
        <source>Give either --data or --data-dir, not both.</source>
        <translation>فقط یکی از گزینه‌های --data یا --data-dir را بدهید، نه هر دو را.</translation>
    </message>
    <message>
        <source>--data needs the store's file, not a folder: %1</source>
        <translation>گزینه --data به فایل فروشگاه نیاز دارد، نه پوشه: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>گزینه --data-dir به یک پوشه نیاز دارد.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Use --data to open a store file.</source>
        <translation>%1 یک فایل است، نه پوشه. برای باز کردن فایل فروشگاه از --data استفاده کنید.</translation>
    </message>
    <message>
        <source>Give only one of --backup, --restore and --check.</source>
        <translation>فقط یکی از گزینه‌های --backup، --restore و --check را بدهید.</translation>
    </message>
</context>
<context>
    <name>Club::Core</name>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Staff or student number</source>
        <translation>شماره پرسنلی یا دانشجویی</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>"%1" is not a date. Write it as 1370/05/12 or 1991-08-03.</source>
        <translation>«%1» تاریخ نیست. آن را به شکل ۱۳۷۰/۰۵/۱۲ یا ۱۹۹۱-۰۸-۰۳ بنویسید.</translation>
    </message>
    <message>
        <source>"%1" is ambiguous: the day and the month could be either way round. Write the year first, as 1370/05/12.</source>
        <translation>«%1» مبهم است: ممکن است جای روز و ماه عوض شده باشد. سال را اول بنویسید، مانند ۱۳۷۰/۰۵/۱۲.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write the year with four digits.</source>
        <translation>«%1» تاریخ نیست: سال را چهاررقمی بنویسید.</translation>
    </message>
    <message>
        <source>The year of "%1" is neither Jalali (1300–1499) nor Gregorian (1900–2100).</source>
        <translation>سال «%1» نه شمسی (۱۳۰۰–۱۴۹۹) است و نه میلادی (۱۹۰۰–۲۱۰۰).</translation>
    </message>
    <message>
        <source>"%1" is not a day of the Jalali calendar.</source>
        <translation>«%1» روزی از تقویم شمسی نیست.</translation>
    </message>
    <message>
        <source>"%1" is not a day of the Gregorian calendar.</source>
        <translation>«%1» روزی از تقویم میلادی نیست.</translation>
    </message>
    <message>
        <source>Message language</source>
        <extracomment>A column of the member import: the language of the member's messages</extracomment>
        <translation>زبان پیام‌ها</translation>
    </message>
</context>
<context>
    <name>Club::Core::Actor</name>
    <message>
        <source>Your role does not allow this. Ask a manager or an administrator.</source>
        <translation>نقش شما اجازه این کار را نمی‌دهد. از مدیر فروشگاه یا مدیر سیستم کمک بگیرید.</translation>
    </message>
</context>
<context>
    <name>Club::Core::AuthService</name>
    <message numerus="yes">
        <source>The password must have at least %Ln characters.</source>
        <translation>
            <numerusform>گذرواژه باید دست‌کم %Ln نویسه داشته باشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a branch code.</source>
        <translation>کد شعبه را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter a branch name.</source>
        <translation>نام شعبه را وارد کنید.</translation>
    </message>
    <message>
        <source>A branch with this code already exists.</source>
        <translation>شعبه‌ای با این کد از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>The user name must be 3 to 32 Latin letters, digits, dots, dashes or underscores.</source>
        <translation>نام کاربری باید ۳ تا ۳۲ نویسه و فقط شامل حروف لاتین، ارقام، نقطه، خط تیره یا زیرخط باشد.</translation>
    </message>
    <message>
        <source>Enter the operator's full name.</source>
        <translation>نام و نام خانوادگی کاربر را وارد کنید.</translation>
    </message>
    <message>
        <source>The password could not be secured. Try again.</source>
        <translation>ذخیره امن گذرواژه انجام نشد. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation>این نام کاربری قبلاً گرفته شده است.</translation>
    </message>
    <message>
        <source>Enter the store's name.</source>
        <translation>نام فروشگاه را وارد کنید.</translation>
    </message>
    <message>
        <source>This store is already set up.</source>
        <translation>این فروشگاه قبلاً راه‌اندازی شده است.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>نام کاربری یا گذرواژه اشتباه است.</translation>
    </message>
    <message>
        <source>This operator has been deactivated.</source>
        <translation>این کاربر غیرفعال شده است.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. An administrator must set a new password.</source>
        <translation>گذرواژه بیش از حد مجاز اشتباه وارد شده است. مدیر سیستم باید گذرواژه جدیدی تعیین کند.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or take away your own administrator role.</source>
        <translation>نمی‌توانید حساب خودتان را غیرفعال کنید یا نقش مدیر سیستم را از خودتان بگیرید.</translation>
    </message>
    <message>
        <source>The operator was not found.</source>
        <translation>کاربر پیدا نشد.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>گذرواژه فعلی اشتباه است.</translation>
    </message>
</context>
<context>
    <name>Club::Core::BackupService</name>
    <message>
        <source>This computer works on the central database; it is backed up on its server.</source>
        <translation>این رایانه با پایگاه داده مرکزی کار می‌کند؛ پشتیبان‌گیری آن روی سرور خودش انجام می‌شود.</translation>
    </message>
    <message>
        <source>There is no room for a temporary copy next to the data file.</source>
        <translation>در کنار فایل داده‌ها فضای کافی برای یک رونوشت موقت وجود ندارد.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Customer Club Manager (data version %1; this version knows up to %2). Install the newer version to restore it.</source>
        <translation>این نسخه پشتیبان با نسخه جدیدتری از مدیریت باشگاه مشتریان ساخته شده است (نسخه داده‌ها %1؛ این نسخه تا %2 را می‌شناسد). برای بازگردانی آن، نسخه جدیدتر را نصب کنید.</translation>
    </message>
    <message>
        <source>This computer works on the central database; it is restored on its server.</source>
        <translation>این رایانه با پایگاه داده مرکزی کار می‌کند؛ بازگردانی آن روی سرور خودش انجام می‌شود.</translation>
    </message>
    <message>
        <source>The checked backup could not be put beside the data file.</source>
        <translation>نسخه پشتیبان بررسی‌شده در کنار فایل داده‌ها قرار داده نشد.</translation>
    </message>
    <message>
        <source>The data in this backup is damaged (SQLite's own check failed). Use another backup.</source>
        <translation>داده‌های این نسخه پشتیبان آسیب دیده است (بررسی داخلی SQLite ناموفق بود). از نسخه پشتیبان دیگری استفاده کنید.</translation>
    </message>
    <message>
        <source>The data in this backup does not pass the ledger and stock check, so it is not used:
%1</source>
        <translation>داده‌های این نسخه پشتیبان از بررسی دفتر حساب و موجودی انبار رد شد، بنابراین از آن استفاده نمی‌شود:
%1</translation>
    </message>
    <message>
        <source>The current data could not be saved aside, so the backup was not restored. %1</source>
        <translation>داده‌های فعلی جداگانه ذخیره نشد، بنابراین نسخه پشتیبان بازگردانی نشد. %1</translation>
    </message>
    <message>
        <source>The backup could not be put in place; the previous data was kept.</source>
        <translation>نسخه پشتیبان جایگزین نشد؛ داده‌های قبلی حفظ شد.</translation>
    </message>
    <message>
        <source>The restored data failed its check, so the previous data was put back. %1</source>
        <translation>داده‌های بازگردانی‌شده از بررسی رد شد، بنابراین داده‌های قبلی به جای خود برگردانده شد. %1</translation>
    </message>
</context>
<context>
    <name>Club::Core::CampaignService</name>
    <message>
        <source>Give the message a name.</source>
        <translation>نامی برای پیام وارد کنید.</translation>
    </message>
    <message>
        <source>Write the message in at least one language.</source>
        <translation>متن پیام را دست‌کم به یک زبان بنویسید.</translation>
    </message>
    <message>
        <source>Another message already has this name.</source>
        <translation>پیام دیگری با همین نام وجود دارد.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>نامی برای کمپین وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the segment to send to.</source>
        <translation>بخش مشتریان گیرنده را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the message to send.</source>
        <translation>پیامی را که باید ارسال شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>این کمپین دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>the customer club</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>پیام آزمایشی</translation>
    </message>
    <message>
        <source>This is a test message from %1. If you can read it, messages to members will arrive too.</source>
        <translation>این یک پیام آزمایشی از %1 است. اگر آن را می‌خوانید، پیام‌ها به اعضا هم خواهند رسید.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CardService</name>
    <message>
        <source>The member was not found.</source>
        <translation>عضو پیدا نشد.</translation>
    </message>
    <message>
        <source>This member has been deactivated. Reactivate the member before giving them a card.</source>
        <translation>این عضو غیرفعال شده است. پیش از صدور کارت برای او، عضو را دوباره فعال کنید.</translation>
    </message>
    <message numerus="yes">
        <source>A member may hold only %Ln active card(s) of the type "%1", and this member already has that many. Block or replace one of them instead.</source>
        <translation>
            <numerusform>هر عضو حداکثر %Ln کارت فعال از نوع «%1» می‌تواند داشته باشد و این عضو همین تعداد کارت دارد. به‌جای آن، یکی از کارت‌ها را مسدود یا جایگزین کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>No blank cards of this type are left in this branch.</source>
        <translation>در این شعبه کارت خامی از این نوع باقی نمانده است.</translation>
    </message>
    <message numerus="yes">
        <source>Every card number with the prefix %1 and %Ln digit(s) has been given out. Give the card type a new prefix or a longer number.</source>
        <translation>
            <numerusform>همه شماره‌کارت‌های با پیشوند %1 و %Ln رقم صادر شده‌اند. برای این نوع کارت پیشوند جدید یا شماره طولانی‌تری تعیین کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>No free card number was found for the prefix %1. Give the card type a new prefix.</source>
        <translation>برای پیشوند %1 شماره کارت آزادی پیدا نشد. برای این نوع کارت پیشوند جدیدی تعیین کنید.</translation>
    </message>
    <message>
        <source>Cards of this type are no longer issued.</source>
        <translation>کارت‌های این نوع دیگر صادر نمی‌شوند.</translation>
    </message>
    <message>
        <source>Cards of this type need a PIN. Enter a PIN of 4 to 6 digits.</source>
        <translation>کارت‌های این نوع به رمز کارت نیاز دارند. یک رمز ۴ تا ۶ رقمی وارد کنید.</translation>
    </message>
    <message>
        <source>This card has already been replaced.</source>
        <translation>این کارت قبلاً جایگزین شده است.</translation>
    </message>
    <message>
        <source>The card was not found.</source>
        <translation>کارت پیدا نشد.</translation>
    </message>
    <message>
        <source>This card has been replaced and is no longer in use.</source>
        <translation>این کارت جایگزین شده و دیگر قابل استفاده نیست.</translation>
    </message>
    <message>
        <source>A replaced card can never be unblocked. Use its replacement card.</source>
        <translation>کارتی که جایگزین شده، هرگز رفع مسدودی نمی‌شود. از کارت جایگزین آن استفاده کنید.</translation>
    </message>
    <message>
        <source>This card is already blocked.</source>
        <translation>این کارت قبلاً مسدود شده است.</translation>
    </message>
    <message>
        <source>This card is not blocked.</source>
        <translation>این کارت مسدود نیست.</translation>
    </message>
    <message>
        <source>The card was changed by someone else. Open it again.</source>
        <translation>این کارت در همین فاصله توسط کاربر دیگری تغییر کرده است. آن را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>A PIN must have %1 to %2 digits.</source>
        <translation>رمز کارت باید %1 تا %2 رقم باشد.</translation>
    </message>
    <message>
        <source>A PIN may contain digits only.</source>
        <translation>رمز کارت فقط می‌تواند شامل ارقام باشد.</translation>
    </message>
    <message>
        <source>A PIN of one repeated digit is too easy to guess. Choose another PIN.</source>
        <translation>رمزی که از تکرار یک رقم ساخته شده، به‌راحتی حدس زده می‌شود. رمز دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>A PIN of consecutive digits, such as 1234 or 4321, is too easy to guess. Choose another PIN.</source>
        <translation>رمزی که از ارقام پشت‌سرهم مانند ۱۲۳۴ یا ۴۳۲۱ ساخته شده، به‌راحتی حدس زده می‌شود. رمز دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The PIN could not be secured. Try again.</source>
        <translation>ذخیره امن رمز کارت انجام نشد. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This card is blocked.</source>
        <translation>این کارت مسدود است.</translation>
    </message>
    <message>
        <source>This card's PIN is locked after too many wrong tries. A manager must unlock it first.</source>
        <translation>رمز این کارت به دلیل تلاش‌های نادرست زیاد قفل شده است. ابتدا مدیر فروشگاه باید قفل آن را باز کند.</translation>
    </message>
    <message>
        <source>This card has no PIN.</source>
        <translation>این کارت رمز ندارد.</translation>
    </message>
    <message>
        <source>This card's PIN is locked after too many wrong tries. A manager must unlock it.</source>
        <translation>رمز این کارت به دلیل تلاش‌های نادرست زیاد قفل شده است. مدیر فروشگاه باید قفل آن را باز کند.</translation>
    </message>
    <message numerus="yes">
        <source>The PIN was wrong %Ln time(s) and is now locked. A manager must unlock it.</source>
        <translation>
            <numerusform>رمز کارت %Ln بار اشتباه وارد شد و اکنون قفل شده است. مدیر فروشگاه باید قفل آن را باز کند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong. %Ln try(s) left before it locks.</source>
        <translation>
            <numerusform>رمز کارت اشتباه است. تا قفل شدن، %Ln بار دیگر می‌توانید امتحان کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the card type.</source>
        <translation>نامی برای نوع کارت وارد کنید.</translation>
    </message>
    <message>
        <source>The number prefix must be 1 to 8 digits.</source>
        <translation>پیشوند شماره باید ۱ تا ۸ رقم باشد.</translation>
    </message>
    <message>
        <source>A card number must be 12 to 19 digits long.</source>
        <translation>شماره کارت باید ۱۲ تا ۱۹ رقم باشد.</translation>
    </message>
    <message>
        <source>The card number must be longer than the prefix and its check digit.</source>
        <translation>شماره کارت باید از مجموع پیشوند و رقم کنترلی آن طولانی‌تر باشد.</translation>
    </message>
    <message>
        <source>The validity must be 0 to 120 months.</source>
        <extracomment>0 means the card never expires</extracomment>
        <translation>مدت اعتبار باید از ۰ تا ۱۲۰ ماه باشد.</translation>
    </message>
    <message>
        <source>The cards per member must be 0 to 10.</source>
        <extracomment>0 means no limit</extracomment>
        <translation>تعداد کارت برای هر عضو باید از ۰ تا ۱۰ باشد.</translation>
    </message>
    <message>
        <source>The card type was not found.</source>
        <translation>نوع کارت پیدا نشد.</translation>
    </message>
    <message>
        <source>A card type with this name already exists.</source>
        <translation>نوع کارتی با این نام از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>Enter how many blank cards come in or go out.</source>
        <translation>تعداد کارت‌های خام ورودی یا خروجی را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the reason for this stock movement.</source>
        <translation>دلیل این تغییر موجودی را وارد کنید.</translation>
    </message>
    <message>
        <source>There are fewer blank cards in stock than you want to write off.</source>
        <translation>تعداد کارت‌های خام موجود کمتر از تعدادی است که می‌خواهید از موجودی کسر کنید.</translation>
    </message>
    <message>
        <source>No card has this number.</source>
        <translation>هیچ کارتی با این شماره وجود ندارد.</translation>
    </message>
    <message>
        <source>The chip's serial number could not be read. Try again.</source>
        <translation>شماره سریال تراشه خوانده نشد. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Only a card waiting to be encoded can be activated.</source>
        <translation>فقط کارتی که در انتظار کدگذاری است را می‌توان فعال کرد.</translation>
    </message>
    <message>
        <source>The card this one replaces is no longer in use.</source>
        <translation>کارتی که این کارت جایگزین آن می‌شود دیگر در حال استفاده نیست.</translation>
    </message>
    <message>
        <source>This chip is already registered to another card. Use another blank card.</source>
        <translation>این تراشه قبلاً برای کارت دیگری ثبت شده است. از یک کارت خام دیگر استفاده کنید.</translation>
    </message>
    <message>
        <source>Enter why this card is voided.</source>
        <translation>دلیل ابطال این کارت را وارد کنید.</translation>
    </message>
    <message>
        <source>Only a card waiting to be encoded can be voided.</source>
        <translation>فقط کارتی که در انتظار کدگذاری است را می‌توان باطل کرد.</translation>
    </message>
    <message>
        <source>This card is blank.</source>
        <translation>این کارت خام است.</translation>
    </message>
    <message>
        <source>This is not a card of this club.</source>
        <translation>این کارت متعلق به این باشگاه مشتریان نیست.</translation>
    </message>
    <message>
        <source>This card failed the authenticity check. Keep it and call a manager.</source>
        <translation>این کارت در بررسی اصالت رد شد. کارت را نگه دارید و با مدیر فروشگاه تماس بگیرید.</translation>
    </message>
    <message>
        <source>This card was written with a card key this branch does not have. Import the club's card keys.</source>
        <translation>این کارت با کلید کارتی نوشته شده که این شعبه آن را ندارد. کلیدهای کارت باشگاه را وارد کنید.</translation>
    </message>
    <message>
        <source>This card has not been activated yet.</source>
        <translation>این کارت هنوز فعال نشده است.</translation>
    </message>
    <message>
        <source>This card is void.</source>
        <translation>این کارت باطل شده است.</translation>
    </message>
    <message>
        <source>This card has not been encoded yet. Void it instead of replacing it.</source>
        <translation>این کارت هنوز کدگذاری نشده است. به جای جایگزینی، آن را باطل کنید.</translation>
    </message>
    <message>
        <source>This card is void and cannot be replaced.</source>
        <translation>این کارت باطل شده است و نمی‌توان آن را جایگزین کرد.</translation>
    </message>
    <message>
        <source>A replacement for this card is waiting to be encoded. Activate or void it first.</source>
        <translation>یک کارت جایگزین برای این کارت در انتظار کدگذاری است. ابتدا آن را فعال یا باطل کنید.</translation>
    </message>
    <message>
        <source>This card has not been encoded yet. Void it if it will not be handed over.</source>
        <translation>این کارت هنوز کدگذاری نشده است. اگر قرار نیست تحویل داده شود، آن را باطل کنید.</translation>
    </message>
    <message>
        <source>This card has not been encoded and activated yet.</source>
        <translation>این کارت هنوز کدگذاری و فعال نشده است.</translation>
    </message>
    <message>
        <source>A card with this number or chip is already in use. Keep the card and call a manager.</source>
        <translation>کارتی با این شماره یا تراشه هم‌اکنون در حال استفاده است. کارت را نگه دارید و با مدیر فروشگاه تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CardStockService</name>
    <message>
        <source>This card failed the authenticity check. Keep it and call a manager.</source>
        <translation>این کارت در بررسی اصالت رد شد. کارت را نگه دارید و با مدیر فروشگاه تماس بگیرید.</translation>
    </message>
    <message>
        <source>This card has not been handed out yet: it is still in stock. Cards are activated only after they are distributed.</source>
        <translation>این کارت هنوز تحویل داده نشده و همچنان در موجودی است. کارت‌ها فقط پس از توزیع فعال می‌شوند.</translation>
    </message>
    <message>
        <source>This card is blocked (its batch was reported lost or withdrawn). Keep it and call a manager.</source>
        <translation>این کارت مسدود است (دسته آن مفقود یا جمع‌آوری‌شده اعلام شده است). کارت را نگه دارید و با مدیر فروشگاه تماس بگیرید.</translation>
    </message>
    <message>
        <source>This card already belongs to a member.</source>
        <translation>این کارت قبلاً به عضوی اختصاص یافته است.</translation>
    </message>
    <message>
        <source>This is not a card of this club.</source>
        <translation>این کارت متعلق به این باشگاه مشتریان نیست.</translation>
    </message>
    <message>
        <source>The chip's serial number could not be read. Try again.</source>
        <translation>شماره سریال تراشه خوانده نشد. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This chip is already registered to another card. Use another blank card.</source>
        <translation>این تراشه قبلاً برای کارت دیگری ثبت شده است. از یک کارت خام دیگر استفاده کنید.</translation>
    </message>
    <message>
        <source>Enter the new member's first and last name.</source>
        <translation>نام و نام خانوادگی عضو جدید را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the new member's mobile number.</source>
        <translation>شماره تلفن همراه عضو جدید را وارد کنید.</translation>
    </message>
    <message>
        <source>This card's value was already given. Call a manager.</source>
        <translation>اعتبار این کارت قبلاً داده شده است. با مدیر فروشگاه تماس بگیرید.</translation>
    </message>
    <message numerus="yes">
        <source>Enter how many cards to make, from 1 to %Ln.</source>
        <translation>
            <numerusform>تعداد کارت‌هایی را که باید ساخته شوند، از ۱ تا %Ln وارد کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preloaded value cannot be negative.</source>
        <translation>اعتبار از پیش بارگذاری‌شده نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Cards of this type are no longer issued.</source>
        <translation>کارت‌های این نوع دیگر صادر نمی‌شوند.</translation>
    </message>
    <message>
        <source>Only loyalty, discount and gift cards can be made in stock batches.</source>
        <translation>فقط کارت‌های وفاداری، تخفیف و هدیه را می‌توان در دسته‌های موجودی ساخت.</translation>
    </message>
    <message>
        <source>Only gift cards can carry a preloaded value.</source>
        <translation>فقط کارت‌های هدیه می‌توانند اعتبار از پیش بارگذاری‌شده داشته باشند.</translation>
    </message>
    <message>
        <source>Choose the branch that keeps the cards.</source>
        <translation>شعبه‌ای را که کارت‌ها را نگه می‌دارد انتخاب کنید.</translation>
    </message>
    <message>
        <source>The card type's numbers run out before the batch is complete. Give the card type a new prefix or a longer number, or make a smaller batch.</source>
        <translation>شماره‌های این نوع کارت پیش از کامل شدن دسته تمام می‌شوند. برای این نوع کارت پیشوند جدید یا شماره طولانی‌تری تعیین کنید، یا دسته کوچک‌تری بسازید.</translation>
    </message>
    <message>
        <source>Some numbers of this card type's prefix are already in use by another prefix. Give the card type a new prefix.</source>
        <translation>برخی از شماره‌های پیشوند این نوع کارت قبلاً با پیشوند دیگری استفاده شده‌اند. برای این نوع کارت پیشوند جدیدی تعیین کنید.</translation>
    </message>
    <message>
        <source>The batch was cancelled. No cards were made.</source>
        <translation>ساخت دسته لغو شد. هیچ کارتی ساخته نشد.</translation>
    </message>
    <message>
        <source>The batch was not found.</source>
        <translation>دسته پیدا نشد.</translation>
    </message>
    <message>
        <source>Choose a branch, or enter the event or organisation that gets the cards.</source>
        <translation>یک شعبه انتخاب کنید، یا رویداد یا سازمانی را که کارت‌ها را دریافت می‌کند وارد کنید.</translation>
    </message>
    <message>
        <source>Enter a range of cards from 1 to %1 of this batch.</source>
        <translation>بازه‌ای از کارت‌های ۱ تا %1 این دسته را وارد کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) of this range are no longer in stock (already distributed, bound or blocked). Choose a range of cards that are all in stock.</source>
        <translation>
            <numerusform>%Ln کارت از این بازه دیگر در موجودی نیست (قبلاً توزیع، اختصاص یا مسدود شده است). بازه‌ای انتخاب کنید که همه کارت‌های آن در موجودی باشند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter why these cards are blocked.</source>
        <translation>دلیل مسدود شدن این کارت‌ها را وارد کنید.</translation>
    </message>
    <message>
        <source>No card of this range can be blocked here: they are all bound to members or blocked already. Block a member's card on its own.</source>
        <translation>هیچ کارتی از این بازه را نمی‌توان اینجا مسدود کرد: همه آن‌ها به اعضا اختصاص یافته‌اند یا قبلاً مسدود شده‌اند. کارت عضو را جداگانه مسدود کنید.</translation>
    </message>
    <message>
        <source>Enter the gift value the club gives with each card, or choose that the customer pays for it.</source>
        <translation>اعتبار هدیه‌ای را که باشگاه همراه هر کارت می‌دهد وارد کنید، یا انتخاب کنید که مشتری هزینه آن را بپردازد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CardTemplateService</name>
    <message>
        <source>The card type was not found.</source>
        <translation>نوع کارت پیدا نشد.</translation>
    </message>
    <message>
        <source>The card design is too large to save. Use smaller images.</source>
        <translation>طراحی کارت برای ذخیره بیش از حد بزرگ است. از تصویرهای کوچک‌تر استفاده کنید.</translation>
    </message>
    <message>
        <source>This is not a card design the program can read.</source>
        <translation>این فایل طراحی کارتی نیست که برنامه بتواند بخواند.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CatalogService</name>
    <message>
        <source>A price cannot be negative.</source>
        <translation>قیمت نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Choose the branch whose own price ends.</source>
        <translation>شعبه‌ای را که قیمت اختصاصی‌اش پایان می‌یابد انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter when the price starts.</source>
        <translation>زمان شروع قیمت را وارد کنید.</translation>
    </message>
    <message>
        <source>A price cannot start in the past; past prices are never changed.</source>
        <translation>قیمت نمی‌تواند از گذشته شروع شود؛ قیمت‌های گذشته هرگز تغییر نمی‌کنند.</translation>
    </message>
    <message>
        <source>The branch was not found.</source>
        <translation>شعبه پیدا نشد.</translation>
    </message>
    <message>
        <source>This price would overlap a period that starts later. Choose a later start.</source>
        <translation>این قیمت با دوره‌ای که بعداً شروع می‌شود هم‌پوشانی دارد. زمان شروع دیرتری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The product has no price at that time.</source>
        <translation>این کالا در آن زمان قیمتی ندارد.</translation>
    </message>
    <message>
        <source>The product group was not found.</source>
        <translation>گروه کالا پیدا نشد.</translation>
    </message>
    <message>
        <source>Enter a name for the product group.</source>
        <translation>نامی برای گروه کالا وارد کنید.</translation>
    </message>
    <message>
        <source>A group cannot be moved into itself or one of its subgroups.</source>
        <translation>گروه را نمی‌توان به داخل خودش یا یکی از زیرگروه‌هایش منتقل کرد.</translation>
    </message>
    <message>
        <source>The group still holds products or subgroups.</source>
        <translation>این گروه هنوز کالا یا زیرگروه دارد.</translation>
    </message>
    <message>
        <source>Enter a product code.</source>
        <translation>کد کالا را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the product's name in at least one language.</source>
        <translation>نام کالا را دست‌کم به یک زبان وارد کنید.</translation>
    </message>
    <message>
        <source>Points cannot be negative.</source>
        <translation>امتیاز نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>A gift needs a points price above zero.</source>
        <translation>قیمت امتیازی هدیه باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation>کالا پیدا نشد.</translation>
    </message>
    <message>
        <source>The product could not be checked.</source>
        <translation>بررسی کالا ممکن نشد.</translation>
    </message>
    <message>
        <source>Another product already has this code.</source>
        <translation>کالای دیگری قبلاً این کد را دارد.</translation>
    </message>
    <message>
        <source>Another product already has this barcode.</source>
        <translation>کالای دیگری قبلاً این بارکد را دارد.</translation>
    </message>
    <message>
        <source>Another product already has this code or barcode.</source>
        <translation>کالای دیگری قبلاً این کد یا بارکد را دارد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::ConnectedCreditViews</name>
    <message>
        <source>The central server does not know this member by their mobile.</source>
        <translation>سرور مرکزی این عضو را با شماره همراهش نمی‌شناسد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::ConnectedDesk</name>
    <message>
        <source>Enter the server's address, the terminal id and its secret first.</source>
        <translation>ابتدا نشانی سرور، شناسه پایانه و رمز محرمانه آن را وارد کنید.</translation>
    </message>
    <message>
        <source>Connected. The server (version %1) accepts this terminal.</source>
        <extracomment>%1 the server's version</extracomment>
        <translation>اتصال برقرار شد. سرور (نسخه %1) این پایانه را می‌پذیرد.</translation>
    </message>
    <message>
        <source>The central server does not know this member by their mobile.</source>
        <translation>سرور مرکزی عضوی با این شماره تلفن همراه نمی‌شناسد.</translation>
    </message>
    <message>
        <source>Points, stored value and credit together are more than the bill.</source>
        <translation>مجموع امتیاز، اعتبار هدیه و اعتبار بیشتر از مبلغ خرید است.</translation>
    </message>
    <message>
        <source>The central server does not know this member by their mobile. Use their card.</source>
        <translation>سرور مرکزی عضوی با این شماره تلفن همراه نمی‌شناسد. از کارت عضو استفاده کنید.</translation>
    </message>
    <message>
        <source>The central server cannot be reached. A member's sale can be kept for later only with their card.</source>
        <translation>دسترسی به سرور مرکزی ممکن نیست. فروش به عضو را فقط با کارت او می‌توان برای ارسال بعدی نگه داشت.</translation>
    </message>
    <message>
        <source>This request was already kept for another operation.</source>
        <translation>این درخواست قبلاً برای عملیات دیگری ثبت شده است.</translation>
    </message>
    <message>
        <source>This member has no active card, and the central server knows members by their card.</source>
        <translation>این عضو کارت فعالی ندارد و سرور مرکزی اعضا را از روی کارتشان می‌شناسد.</translation>
    </message>
    <message>
        <source>The central server has not named this desk's branch yet. Choose the sale from the member's recent sales.</source>
        <translation>سرور مرکزی هنوز شعبه این میز را تعیین نکرده است. فروش را از میان فروش‌های اخیر عضو انتخاب کنید.</translation>
    </message>
    <message>
        <source>This sale is not in the outbox.</source>
        <translation>این فروش در صف ارسال نیست.</translation>
    </message>
    <message>
        <source>The server refused this sale, so it cannot be returned. A manager sees it among the sync conflicts.</source>
        <translation>سرور این فروش را رد کرده است، بنابراین نمی‌توان آن را مرجوع کرد. مدیر فروشگاه آن را در میان تعارض‌های همگام‌سازی می‌بیند.</translation>
    </message>
    <message>
        <source>Choose how many of each item come back.</source>
        <translation>تعداد مرجوعی هر قلم را انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is not in the gift catalog.</source>
        <translation>%1 در فهرست کالاهای هدیه نیست.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>مبلغی بیشتر از صفر وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the number of points.</source>
        <translation>تعداد امتیاز را وارد کنید.</translation>
    </message>
    <message>
        <source>The card's PIN is needed for this.</source>
        <translation>برای این کار رمز کارت لازم است.</translation>
    </message>
    <message>
        <source>The central server cannot be reached, and it keeps what members owe. Take the payment when it answers again.</source>
        <translation>سرور مرکزی در دسترس نیست و بدهی اعضا نزد آن است. وقتی دوباره پاسخ داد، پرداخت را دریافت کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CreditService</name>
    <message>
        <source>Choose between 1 and 120 installments.</source>
        <translation>تعداد اقساط را بین ۱ تا ۱۲۰ انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the first due date.</source>
        <translation>تاریخ سررسید اولین قسط را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The installment plan was not found.</source>
        <translation>طرح اقساط پیدا نشد.</translation>
    </message>
    <message>
        <source>This sale put nothing on this member's credit.</source>
        <translation>در این فروش هیچ مبلغی به‌صورت اعتباری برای این عضو ثبت نشده است.</translation>
    </message>
    <message>
        <source>This sale is already paid in installments.</source>
        <translation>این فروش قبلاً به‌صورت اقساطی ثبت شده است.</translation>
    </message>
    <message>
        <source>Enter a positive amount.</source>
        <translation>مبلغی بیشتر از صفر وارد کنید.</translation>
    </message>
    <message>
        <source>The amount is too small for this many installments.</source>
        <translation>این مبلغ برای این تعداد قسط خیلی کم است.</translation>
    </message>
    <message>
        <source>The member owes %1 that is not yet in installments; a plan cannot be for more.</source>
        <translation>بدهی قسط‌بندی‌نشده این عضو %1 است؛ مبلغ طرح اقساط نمی‌تواند بیشتر از آن باشد.</translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not recorded.</source>
        <translation>عملیات شناسایی نشد، بنابراین ثبت نشد.</translation>
    </message>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation>سقف اعتبار نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Choose a member or a card type.</source>
        <translation>یک عضو یا یک نوع کارت انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation>بازه‌ای انتخاب کنید که تاریخ پایان آن بعد از تاریخ شروع باشد.</translation>
    </message>
    <message>
        <source>Nothing is owed. Nothing was recorded.</source>
        <translation>بدهی‌ای وجود ندارد. چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>The payment is more than the %1 owed. Nothing was recorded.</source>
        <translation>مبلغ پرداختی بیشتر از بدهی (%1) است. چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>Choose the date to age the debts on.</source>
        <translation>تاریخی را که سن بدهی‌ها بر اساس آن محاسبه می‌شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>Only an active gift card can be charged.</source>
        <translation>فقط کارت هدیه فعال را می‌توان شارژ کرد.</translation>
    </message>
    <message>
        <source>The charge is already being recorded. Try again.</source>
        <translation>این شارژ هم‌اکنون در حال ثبت است. کمی بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This gift card charge was already returned.</source>
        <translation>این شارژ کارت هدیه قبلاً مرجوع شده است.</translation>
    </message>
    <message>
        <source>%1 of this gift card's value has already been spent, so the card cannot be returned.</source>
        <translation>%1 از اعتبار این کارت هدیه قبلاً خرج شده است، بنابراین کارت را نمی‌توان مرجوع کرد.</translation>
    </message>
    <message>
        <source>The return is already being recorded. Try again.</source>
        <translation>این مرجوعی هم‌اکنون در حال ثبت است. کمی بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation>تعداد امتیاز را عددی بیشتر از صفر وارد کنید.</translation>
    </message>
    <message>
        <source>Buying points is turned off.</source>
        <translation>خرید امتیاز غیرفعال است.</translation>
    </message>
    <message>
        <source>That is too many points.</source>
        <translation>تعداد امتیاز بیش از حد مجاز است.</translation>
    </message>
    <message>
        <source>This card's value was given by the club as a promotion, so no money is paid back for it. Block the card instead.</source>
        <translation>اعتبار این کارت را باشگاه به‌صورت تبلیغاتی داده است، بنابراین وجهی بابت آن بازپرداخت نمی‌شود. به‌جای آن، کارت را مسدود کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Core::CsvReader</name>
    <message>
        <source>This file's text encoding cannot be read on this computer.</source>
        <translation>کدگذاری نویسه‌های این فایل روی این رایانه قابل خواندن نیست.</translation>
    </message>
    <message>
        <source>This file is neither UTF-8 nor Windows-1256 text. Save it from Excel as "CSV UTF-8" and try again.</source>
        <translation>این فایل نه متن UTF-8 است و نه Windows-1256. آن را در Excel با قالب «CSV UTF-8» ذخیره کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This file says it is UTF-8 but holds bytes that are not. Save it again as "CSV UTF-8".</source>
        <translation>این فایل خود را UTF-8 معرفی می‌کند، اما بایت‌هایی دارد که UTF-8 نیستند. آن را دوباره با قالب «CSV UTF-8» ذخیره کنید.</translation>
    </message>
    <message>
        <source>Out of memory reading the file.</source>
        <translation>هنگام خواندن فایل، حافظه کافی نبود.</translation>
    </message>
    <message>
        <source>This file could not be read as CSV.</source>
        <translation>این فایل به‌صورت CSV خوانده نشد.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
</context>
<context>
    <name>Club::Core::DonationService</name>
    <message>
        <source>Enter the charity's name.</source>
        <translation>نام مؤسسه خیریه را وارد کنید.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>نام حداکثر %1 نویسه دارد.</translation>
    </message>
    <message>
        <source>There is already a charity named %1.</source>
        <translation>مؤسسه خیریه‌ای با نام %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not recorded.</source>
        <translation>عملیات شناسایی نشد، بنابراین ثبت نشد.</translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation>تعداد امتیاز را به‌صورت عدد مثبت وارد کنید.</translation>
    </message>
    <message>
        <source>%1 no longer takes donations.</source>
        <translation>%1 دیگر اهدا نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>This card cannot be used for this member.</source>
        <translation>این کارت را نمی‌توان برای این عضو استفاده کرد.</translation>
    </message>
    <message>
        <source>Enter the card's PIN to spend points.</source>
        <translation>برای خرج کردن امتیاز، رمز کارت را وارد کنید.</translation>
    </message>
    <message>
        <source>Present the card whose PIN was entered.</source>
        <translation>کارتی را که رمز آن وارد شد ارائه کنید.</translation>
    </message>
    <message>
        <source>That is too many points.</source>
        <translation>تعداد امتیاز بیش از حد مجاز است.</translation>
    </message>
    <message>
        <source>The donation is already being recorded. Try again.</source>
        <translation>این اهدا در حال ثبت است. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Donations by charity</source>
        <translation>اهداها به تفکیک مؤسسه خیریه</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>مؤسسه خیریه</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>اهداها</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
</context>
<context>
    <name>Club::Core::InventoryService</name>
    <message>
        <source>The count sheet was not found.</source>
        <translation>برگه شمارش پیدا نشد.</translation>
    </message>
    <message>
        <source>This warehouse already has an open count sheet.</source>
        <translation>این انبار قبلاً یک برگه شمارش باز دارد.</translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation>مقدار شمارش‌شده نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>This count sheet is already posted.</source>
        <translation>این برگه شمارش قبلاً ثبت نهایی شده است.</translation>
    </message>
    <message>
        <source>This product is not on the count sheet.</source>
        <translation>این کالا در برگه شمارش نیست.</translation>
    </message>
    <message>
        <source>The warehouse was not found.</source>
        <translation>انبار پیدا نشد.</translation>
    </message>
    <message>
        <source>Enter a name for the warehouse.</source>
        <translation>نامی برای انبار وارد کنید.</translation>
    </message>
    <message>
        <source>This branch already has a warehouse with this name.</source>
        <translation>این شعبه قبلاً انباری با این نام دارد.</translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation>کالا پیدا نشد.</translation>
    </message>
    <message>
        <source>This product does not keep stock.</source>
        <translation>برای این کالا موجودی انبار نگهداری نمی‌شود.</translation>
    </message>
    <message>
        <source>There is not enough stock for this movement.</source>
        <translation>موجودی انبار برای این جابه‌جایی کافی نیست.</translation>
    </message>
    <message>
        <source>Received and returned quantities must be above zero.</source>
        <translation>مقدار دریافتی و برگشتی باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Goods going out are entered as a negative quantity.</source>
        <translation>کالای خروجی با مقدار منفی وارد می‌شود.</translation>
    </message>
    <message>
        <source>Enter how many units the adjustment adds or removes.</source>
        <translation>تعداد واحدهایی را که این اصلاحیه اضافه یا کم می‌کند وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the reason for this adjustment.</source>
        <translation>دلیل این اصلاحیه را وارد کنید.</translation>
    </message>
    <message>
        <source>This kind of movement cannot be entered by hand.</source>
        <translation>این نوع جابه‌جایی را نمی‌توان دستی وارد کرد.</translation>
    </message>
    <message>
        <source>Enter how many units to transfer.</source>
        <translation>تعداد واحدهای انتقالی را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose two different warehouses.</source>
        <translation>دو انبار متفاوت انتخاب کنید.</translation>
    </message>
    <message>
        <source>The low-stock threshold cannot be negative.</source>
        <translation>آستانه کمبود موجودی نمی‌تواند منفی باشد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::LedgerService</name>
    <message>
        <source>The transaction was not found.</source>
        <translation>تراکنش پیدا نشد.</translation>
    </message>
    <message>
        <source>The expiry must be later than the time the points can be used.</source>
        <translation>زمان انقضا باید بعد از زمانی باشد که امتیازها قابل استفاده می‌شوند.</translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not posted.</source>
        <translation>عملیات قابل شناسایی نبود، به همین دلیل ثبت نشد.</translation>
    </message>
    <message>
        <source>The operation is already being posted. Try again.</source>
        <translation>این عملیات در حال ثبت است. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation>تعداد امتیاز را به‌صورت عددی مثبت وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the number of points to add or take away.</source>
        <translation>تعداد امتیازی را که باید افزوده یا کسر شود وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the reason for the adjustment.</source>
        <translation>دلیل اصلاح را وارد کنید.</translation>
    </message>
    <message>
        <source>Points cannot be moved to the account they are in.</source>
        <translation>امتیازها را نمی‌توان به همان حسابی منتقل کرد که در آن هستند.</translation>
    </message>
    <message>
        <source>Choose the time up to which points expire.</source>
        <translation>زمانی را انتخاب کنید که امتیازها تا آن زمان منقضی شوند.</translation>
    </message>
    <message>
        <source>Points cannot be expired ahead of time.</source>
        <translation>امتیازها را نمی‌توان پیش از موعد منقضی کرد.</translation>
    </message>
    <message>
        <source>The points changed while they were being expired. Nothing was posted; run the expiry again.</source>
        <translation>امتیازها در حین اجرای انقضا تغییر کردند. چیزی ثبت نشد؛ انقضا را دوباره اجرا کنید.</translation>
    </message>
    <message>
        <source>Enter a positive amount.</source>
        <translation>مبلغ را به‌صورت عددی مثبت وارد کنید.</translation>
    </message>
    <message>
        <source>member account %1, %2</source>
        <translation>حساب عضو %1، %2</translation>
    </message>
    <message>
        <source>Transaction %1 does not balance: its points entries sum to %2.</source>
        <translation>تراکنش %1 تراز نیست: جمع ردیف‌های امتیاز آن %2 است.</translation>
    </message>
    <message>
        <source>Transaction %1 does not balance: its money entries sum to %2.</source>
        <translation>تراکنش %1 تراز نیست: جمع ردیف‌های مبلغ آن %2 است.</translation>
    </message>
    <message>
        <source>Transaction %1 has no entries.</source>
        <translation>تراکنش %1 هیچ ردیفی ندارد.</translation>
    </message>
    <message>
        <source>Entry %1 of transaction %2 is in another unit than its account (%3).</source>
        <translation>واحد ردیف %1 از تراکنش %2 با واحد حساب آن (%3) متفاوت است.</translation>
    </message>
    <message>
        <source>Account %1 shows a balance of %2, but its entries sum to %3.</source>
        <translation>مانده حساب %1 برابر %2 نشان داده می‌شود، اما جمع ردیف‌های آن %3 است.</translation>
    </message>
    <message>
        <source>Account %1 is below zero (%2) although it may not go negative.</source>
        <translation>مانده حساب %1 منفی است (%2)، در حالی که این حساب نباید منفی شود.</translation>
    </message>
    <message>
        <source>Points lot %1 shows %2 of %3 points remaining, but its entries sum to %4.</source>
        <translation>دسته امتیاز %1 مانده %2 از %3 امتیاز را نشان می‌دهد، اما جمع ردیف‌های آن %4 است.</translation>
    </message>
    <message>
        <source>Entry %1 draws on points lot %2 of another account.</source>
        <translation>ردیف %1 از دسته امتیاز %2 برداشت می‌کند که متعلق به حساب دیگری است.</translation>
    </message>
    <message>
        <source>Member account %1 has %2 points, but its points lots hold %3.</source>
        <translation>حساب عضو %1 دارای %2 امتیاز است، اما دسته‌های امتیاز آن %3 امتیاز دارند.</translation>
    </message>
    <message>
        <source>The points changed during this operation. Nothing was posted; try again.</source>
        <translation>امتیاز در حین این عملیات تغییر کرد. چیزی ثبت نشد؛ لطفاً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Enter the reason for the void.</source>
        <translation>دلیل ابطال را وارد کنید.</translation>
    </message>
    <message>
        <source>A void or an expiry cannot be voided.</source>
        <translation>ابطال یا انقضا را نمی‌توان باطل کرد.</translation>
    </message>
    <message>
        <source>Only a transaction of today can be voided. Record a return or an adjustment instead.</source>
        <translation>فقط تراکنش امروز را می‌توان باطل کرد. به‌جای آن، مرجوعی یا اصلاحیه ثبت کنید.</translation>
    </message>
    <message>
        <source>This transaction has already been voided.</source>
        <translation>این تراکنش قبلاً باطل شده است.</translation>
    </message>
    <message>
        <source>The points this transaction gave have been used since, so it cannot be voided.</source>
        <translation>امتیازی که این تراکنش داده، از آن زمان تاکنون استفاده شده است؛ بنابراین نمی‌توان آن را باطل کرد.</translation>
    </message>
    <message>
        <source>Some of the points this transaction used have expired since, so it cannot be voided.</source>
        <translation>بخشی از امتیازی که این تراکنش استفاده کرده، از آن زمان تاکنون منقضی شده است؛ بنابراین نمی‌توان آن را باطل کرد.</translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation>پایگاه داده نتوانست عملیات را کامل کند. هیچ تغییری اعمال نشد.</translation>
    </message>
    <message>
        <source>The money this transaction added has been used since, so it cannot be voided.</source>
        <translation>مبلغی که این تراکنش افزوده، از آن زمان تاکنون استفاده شده است؛ بنابراین نمی‌توان آن را باطل کرد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::LotteryService</name>
    <message>
        <source>Give the lottery a name.</source>
        <translation>برای قرعه‌کشی نامی تعیین کنید.</translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation>بازه‌ای انتخاب کنید که تاریخ پایان آن بعد از تاریخ شروع باشد.</translation>
    </message>
    <message>
        <source>Ticket rules cannot be negative.</source>
        <translation>قواعد بلیت نمی‌توانند منفی باشند.</translation>
    </message>
    <message>
        <source>Say how members earn tickets: per points, per amount spent or per purchase.</source>
        <translation>مشخص کنید اعضا چگونه بلیت می‌گیرند: به ازای امتیاز، به ازای مبلغ خرید یا به ازای هر خرید.</translation>
    </message>
    <message>
        <source>A lottery needs at least one winner.</source>
        <translation>قرعه‌کشی دست‌کم به یک برنده نیاز دارد.</translation>
    </message>
    <message>
        <source>Prize points cannot be negative.</source>
        <translation>امتیاز جایزه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>%1 is not in the gift catalog.</source>
        <translation>%1 در فهرست کالاهای هدیه نیست.</translation>
    </message>
    <message>
        <source>Choose a prize: points, a gift, or both.</source>
        <translation>جایزه را انتخاب کنید: امتیاز، هدیه یا هر دو.</translation>
    </message>
    <message>
        <source>The random number source could not start.</source>
        <translation>منبع اعداد تصادفی راه‌اندازی نشد.</translation>
    </message>
    <message>
        <source>A seed is 64 hexadecimal digits (0-9, a-f).</source>
        <translation>بذر باید ۶۴ رقم در مبنای شانزده (0-9، a-f) باشد.</translation>
    </message>
    <message>
        <source>The entries of this lottery are already frozen.</source>
        <translation>فهرست شرکت‌کنندگان این قرعه‌کشی قبلاً قطعی شده است.</translation>
    </message>
    <message>
        <source>No member has a ticket in this lottery's period yet.</source>
        <translation>هنوز هیچ عضوی در دوره این قرعه‌کشی بلیت ندارد.</translation>
    </message>
    <message>
        <source>This lottery has already been drawn; a draw runs only once.</source>
        <translation>این قرعه‌کشی قبلاً انجام شده است؛ قرعه‌کشی فقط یک بار انجام می‌شود.</translation>
    </message>
    <message>
        <source>Freeze the entries before the draw.</source>
        <translation>پیش از قرعه‌کشی، فهرست شرکت‌کنندگان را قطعی کنید.</translation>
    </message>
    <message>
        <source>This lottery has not been drawn yet.</source>
        <translation>این قرعه‌کشی هنوز انجام نشده است.</translation>
    </message>
    <message>
        <source>This lottery has no message for its winners.</source>
        <translation>این قرعه‌کشی پیامی برای برندگانش ندارد.</translation>
    </message>
    <message>
        <source>Email is not set up (Messaging settings).</source>
        <translation>ایمیل تنظیم نشده است (تنظیمات پیام‌رسانی).</translation>
    </message>
    <message>
        <source>SMS is not set up (Messaging settings).</source>
        <translation>پیامک تنظیم نشده است (تنظیمات پیام‌رسانی).</translation>
    </message>
</context>
<context>
    <name>Club::Core::MemberService</name>
    <message>
        <source>A member cannot join their own family.</source>
        <translation>عضو نمی‌تواند به خانواده خودش بپیوندد.</translation>
    </message>
    <message>
        <source>Both members must be active to join a family.</source>
        <translation>برای پیوستن به خانواده، هر دو عضو باید فعال باشند.</translation>
    </message>
    <message>
        <source>These members are already in the same family.</source>
        <translation>این اعضا از قبل در یک خانواده هستند.</translation>
    </message>
    <message>
        <source>This member is the head of a family with other members. Take the other members out of it first.</source>
        <translation>این عضو سرپرست خانواده‌ای است که اعضای دیگری دارد. ابتدا اعضای دیگر را از خانواده خارج کنید.</translation>
    </message>
    <message>
        <source>This member already belongs to another family. Take them out of it first.</source>
        <translation>این عضو از قبل در خانواده دیگری است. ابتدا او را از آن خانواده خارج کنید.</translation>
    </message>
    <message>
        <source>This member's account holds stored value or credit. Settle it before joining a family.</source>
        <translation>حساب این عضو اعتبار هدیه یا اعتبار دارد. پیش از پیوستن به خانواده، آن را تسویه کنید.</translation>
    </message>
    <message>
        <source>This member's points balance is negative. Settle it before joining a family.</source>
        <translation>مانده امتیاز این عضو منفی است. پیش از پیوستن به خانواده، آن را تسویه کنید.</translation>
    </message>
    <message>
        <source>This member is not in a family.</source>
        <translation>این عضو در هیچ خانواده‌ای نیست.</translation>
    </message>
    <message>
        <source>The head of a family cannot leave while other members remain.</source>
        <translation>تا وقتی اعضای دیگری در خانواده هستند، سرپرست خانواده نمی‌تواند از آن خارج شود.</translation>
    </message>
    <message>
        <source>Enter the group's name.</source>
        <translation>نام گروه را وارد کنید.</translation>
    </message>
    <message>
        <source>A group with this name already exists.</source>
        <translation>گروهی با این نام از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists.</source>
        <translation>یکی از گروه‌های انتخاب‌شده دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>A member with this national code is already registered.</source>
        <translation>عضوی با این کد ملی قبلاً ثبت شده است.</translation>
    </message>
    <message>
        <source>A member with this mobile number is already registered.</source>
        <translation>عضوی با این شماره تلفن همراه قبلاً ثبت شده است.</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>نام را وارد کنید.</translation>
    </message>
    <message>
        <source>The first name is too long.</source>
        <translation>نام بیش از حد طولانی است.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>نام خانوادگی را وارد کنید.</translation>
    </message>
    <message>
        <source>The last name is too long.</source>
        <translation>نام خانوادگی بیش از حد طولانی است.</translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation>شماره تلفن همراه را وارد کنید.</translation>
    </message>
    <message>
        <source>This is not a mobile number. Enter an Iranian mobile such as 0912 123 4567, or an international number starting with + or 00.</source>
        <translation>این شماره تلفن همراه معتبر نیست. یک شماره همراه ایران مانند ۰۹۱۲ ۱۲۳ ۴۵۶۷ یا یک شماره بین‌المللی که با + یا ۰۰ شروع می‌شود وارد کنید.</translation>
    </message>
    <message>
        <source>This national code is not valid. Check its ten digits.</source>
        <translation>این کد ملی معتبر نیست. ده رقم آن را بررسی کنید.</translation>
    </message>
    <message>
        <source>This email address is not valid.</source>
        <translation>این نشانی ایمیل معتبر نیست.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>تاریخ تولد نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <source>The birth date must be after 1900.</source>
        <translation>تاریخ تولد باید بعد از سال ۱۹۰۰ میلادی باشد.</translation>
    </message>
    <message>
        <source>The marriage date cannot be in the future.</source>
        <translation>تاریخ ازدواج نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <source>The marriage date cannot be before the birth date.</source>
        <translation>تاریخ ازدواج نمی‌تواند پیش از تاریخ تولد باشد.</translation>
    </message>
    <message>
        <source>The marriage date must be after 1900.</source>
        <translation>تاریخ ازدواج باید بعد از سال ۱۹۰۰ میلادی باشد.</translation>
    </message>
    <message>
        <source>A member cannot be their own referrer.</source>
        <translation>عضو نمی‌تواند معرف خودش باشد.</translation>
    </message>
    <message>
        <source>The referring member was not found.</source>
        <translation>عضو معرف پیدا نشد.</translation>
    </message>
    <message>
        <source>The referring member has been deactivated.</source>
        <translation>عضو معرف غیرفعال شده است.</translation>
    </message>
    <message>
        <source>A member with this mobile number is already registered: %1.</source>
        <translation>عضوی با این شماره تلفن همراه قبلاً ثبت شده است: %1.</translation>
    </message>
    <message>
        <source>A member with this national code is already registered: %1.</source>
        <translation>عضوی با این کد ملی قبلاً ثبت شده است: %1.</translation>
    </message>
    <message>
        <source>The member was not found.</source>
        <translation>عضو پیدا نشد.</translation>
    </message>
    <message>
        <source>Choose Persian, Arabic or English, or the store's language.</source>
        <translation>فارسی، عربی یا انگلیسی، یا زبان فروشگاه را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Core::MessagingSettingsStore</name>
    <message>
        <source>Choose Persian, Arabic or English for messages.</source>
        <translation>برای پیام‌ها فارسی، عربی یا انگلیسی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The email server's port must be between 1 and 65535.</source>
        <translation>درگاه سرور ایمیل باید بین ۱ تا ۶۵۵۳۵ باشد.</translation>
    </message>
    <message>
        <source>Enter the sender's email address, such as club@example.com.</source>
        <translation>نشانی ایمیل فرستنده را وارد کنید، مانند club@example.com.</translation>
    </message>
    <message>
        <source>The time limit must be between 1 and 300 seconds.</source>
        <translation>مهلت زمانی باید بین ۱ تا ۳۰۰ ثانیه باشد.</translation>
    </message>
    <message>
        <source>The SMS gateway address must start with http:// or https://.</source>
        <translation>نشانی درگاه پیامک باید با http:// یا https:// شروع شود.</translation>
    </message>
    <message>
        <source>The SMS gateway's address or body must contain {message}.</source>
        <translation>نشانی یا متن درخواست درگاه پیامک باید شامل {message} باشد.</translation>
    </message>
    <message>
        <source>Choose the message to send on this occasion.</source>
        <translation>پیامی را که در این مناسبت ارسال می‌شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>The days ahead must be between 0 and 365.</source>
        <translation>تعداد روزهای پیش از مناسبت باید بین ۰ تا ۳۶۵ باشد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::NetworkService</name>
    <message>
        <source>The item was not found.</source>
        <translation>مورد پیدا نشد.</translation>
    </message>
    <message>
        <source>Enter the guild's name.</source>
        <translation>نام صنف را وارد کنید.</translation>
    </message>
    <message>
        <source>A guild named %1 already exists.</source>
        <translation>صنفی با نام %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>This store</source>
        <translation>این فروشگاه</translation>
    </message>
    <message>
        <source>Enter the merchant's name.</source>
        <translation>نام پذیرنده را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the merchant's guild.</source>
        <translation>صنف پذیرنده را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The guild %1 is not active.</source>
        <translation>صنف %1 فعال نیست.</translation>
    </message>
    <message>
        <source>The store's own merchant cannot be deactivated.</source>
        <translation>پذیرنده خودِ فروشگاه را نمی‌توان غیرفعال کرد.</translation>
    </message>
    <message>
        <source>A merchant named %1 already exists.</source>
        <translation>پذیرنده‌ای با نام %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>Enter the branch code.</source>
        <translation>کد شعبه را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the branch name.</source>
        <translation>نام شعبه را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the branch's merchant.</source>
        <translation>پذیرنده شعبه را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The branch you are working at cannot be deactivated.</source>
        <translation>شعبه‌ای را که در آن کار می‌کنید نمی‌توان غیرفعال کرد.</translation>
    </message>
    <message>
        <source>A branch with the code %1 already exists.</source>
        <translation>شعبه‌ای با کد %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation>بازه‌ای انتخاب کنید که تاریخ پایان آن بعد از تاریخ شروع باشد.</translation>
    </message>
    <message>
        <source>A period can be settled once it has ended.</source>
        <translation>دوره را فقط پس از پایان آن می‌توان تسویه کرد.</translation>
    </message>
    <message>
        <source>Part of this period is already settled. Choose a period after the last settlement.</source>
        <translation>بخشی از این دوره قبلاً تسویه شده است. دوره‌ای بعد از آخرین تسویه انتخاب کنید.</translation>
    </message>
    <message>
        <source>Nothing is owed between merchants in this period.</source>
        <translation>در این دوره هیچ بدهی‌ای بین پذیرندگان وجود ندارد.</translation>
    </message>
    <message>
        <source>Settlement between merchants</source>
        <translation>تسویه بین پذیرندگان</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>پذیرنده</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>بدهکار</translation>
    </message>
    <message>
        <source>Is owed</source>
        <translation>بستانکار</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
</context>
<context>
    <name>Club::Core::OccasionService</name>
    <message>
        <source>Only a message that failed can be tried again.</source>
        <translation>فقط برای پیامی که ارسال آن ناموفق بوده است می‌توان تلاش دوباره کرد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::OrganisationService</name>
    <message>
        <source>This organisation is deactivated.</source>
        <translation>این سازمان غیرفعال شده است.</translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation>ستونی را که این مورد در آن است انتخاب کنید: %1.</translation>
    </message>
    <message>
        <source>The column chosen for %1 is not in the file.</source>
        <translation>ستون انتخاب‌شده برای %1 در فایل نیست.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>فایل سطر عنوان دارد اما هیچ سطر داده‌ای ندارد.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>ورود اطلاعات لغو شد. چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>This row has %1 columns; the header has %2. A column is missing.</source>
        <translation>این سطر %1 ستون دارد؛ سطر عنوان %2 ستون دارد. یک ستون کم است.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 وارد نشده است.</translation>
    </message>
    <message>
        <source>Birth date read as Jalali: %1 (%2 Gregorian).</source>
        <translation>تاریخ تولد به‌صورت شمسی خوانده شد: %1 (%2 میلادی).</translation>
    </message>
    <message>
        <source>Birth date read as Gregorian: %1.</source>
        <translation>تاریخ تولد به‌صورت میلادی خوانده شد: %1.</translation>
    </message>
    <message>
        <source>The same mobile number is on row %1.</source>
        <translation>همین شماره تلفن همراه در سطر %1 هم آمده است.</translation>
    </message>
    <message>
        <source>The national code %1 is not valid: its check digit does not match.</source>
        <translation>کد ملی %1 معتبر نیست: رقم کنترلی آن مطابقت ندارد.</translation>
    </message>
    <message>
        <source>The same national code is on row %1.</source>
        <translation>همین کد ملی در سطر %1 هم آمده است.</translation>
    </message>
    <message>
        <source>The row has no name and no mobile number.</source>
        <translation>این سطر نه نام دارد و نه شماره تلفن همراه.</translation>
    </message>
    <message>
        <source>This file mixes Jalali and Gregorian dates; each row says how its date was read.</source>
        <translation>این فایل تاریخ‌های شمسی و میلادی را با هم دارد؛ در هر سطر آمده است که تاریخ آن چگونه خوانده شده است.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>سطر %1: %2 چیزی وارد نشد.</translation>
    </message>
    <message>
        <source>Enter the organisation's name.</source>
        <translation>نام سازمان را وارد کنید.</translation>
    </message>
    <message>
        <source>The organisation's name is too long.</source>
        <translation>نام سازمان بیش از حد طولانی است.</translation>
    </message>
    <message>
        <source>This email address is not valid.</source>
        <translation>این نشانی ایمیل معتبر نیست.</translation>
    </message>
    <message>
        <source>An organisation with this name already exists.</source>
        <translation>سازمانی با این نام از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>This member already belongs to the organisation.</source>
        <translation>این عضو از قبل به این سازمان تعلق دارد.</translation>
    </message>
    <message>
        <source>This member does not belong to the organisation.</source>
        <translation>این عضو به این سازمان تعلق ندارد.</translation>
    </message>
    <message>
        <source>Left organisation %1</source>
        <translation>خروج از سازمان %1</translation>
    </message>
    <message>
        <source>Funded by organisation %1</source>
        <translation>تأمین اعتبار توسط سازمان %1</translation>
    </message>
    <message>
        <source>Funding by organisation %1 ended</source>
        <translation>پایان تأمین اعتبار توسط سازمان %1</translation>
    </message>
    <message>
        <source>The language "%1" is not one of Persian, Arabic or English.</source>
        <translation>زبان «%1» هیچ‌یک از زبان‌های فارسی، عربی یا انگلیسی نیست.</translation>
    </message>
</context>
<context>
    <name>Club::Core::Outbox</name>
    <message>
        <source>The sale cannot be kept for later: it is incomplete.</source>
        <translation>این فروش را نمی‌توان برای ارسال بعدی نگه داشت: ناقص است.</translation>
    </message>
    <message>
        <source>This sale is not in the outbox.</source>
        <translation>این فروش در صف ارسال نیست.</translation>
    </message>
    <message>
        <source>Write what was done about this sale.</source>
        <translation>بنویسید درباره این فروش چه اقدامی انجام شد.</translation>
    </message>
    <message>
        <source>This sale has already been dealt with.</source>
        <translation>به این فروش قبلاً رسیدگی شده است.</translation>
    </message>
    <message>
        <source>The server cannot be reached: points and stored value can only be spent offline with the member's card.</source>
        <translation>دسترسی به سرور ممکن نیست: در حالت آفلاین، امتیاز و اعتبار هدیه فقط با کارت عضو قابل خرج کردن است.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this card may spend only %1 more points offline. Redeem fewer points or wait for the connection.</source>
        <extracomment>%1 how many points this card may still spend while the server cannot be reached</extracomment>
        <translation>دسترسی به سرور ممکن نیست و این کارت در حالت آفلاین فقط %1 امتیاز دیگر می‌تواند خرج کند. امتیاز کمتری خرج کنید یا منتظر برقراری اتصال بمانید.</translation>
    </message>
    <message>
        <source>The server cannot be reached and this card may spend only %1 more of its stored value offline. Pay the rest another way or wait for the connection.</source>
        <translation>دسترسی به سرور ممکن نیست و این کارت در حالت آفلاین فقط %1 دیگر از اعتبار هدیه‌اش را می‌تواند خرج کند. باقی مبلغ را به روش دیگری بپردازید یا منتظر برقراری اتصال بمانید.</translation>
    </message>
</context>
<context>
    <name>Club::Core::OutboxWorker</name>
    <message>
        <source>The sale this return belongs to was refused by the server, so the return was not sent either.</source>
        <translation>سرور فروشِ مربوط به این مرجوعی را رد کرده است، بنابراین مرجوعی هم ارسال نشد.</translation>
    </message>
    <message>
        <source>The member of this card was refused by the central server, so the card was not sent either.</source>
        <translation>سرور مرکزی عضوِ این کارت را نپذیرفت، پس کارت هم فرستاده نشد.</translation>
    </message>
    <message>
        <source>This card was refused by the central server, so its block or unblock was not sent either.</source>
        <translation>سرور مرکزی این کارت را نپذیرفت، پس مسدود کردن یا رفع مسدودی آن هم فرستاده نشد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::ReportService</name>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>گروه کالا</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>رسیدها</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>ناخالص</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>تخفیف‌ها</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>فروش خالص</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>مرجوعی‌ها</translation>
    </message>
    <message>
        <source>Net after returns</source>
        <translation>خالص پس از مرجوعی‌ها</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>بدون گروه</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صدور</translation>
    </message>
    <message>
        <source>Taken back by returns</source>
        <translation>کسرشده با مرجوعی</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>استفاده‌شده</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>اصلاح‌شده</translation>
    </message>
    <message>
        <source>Of the issued, still pending</source>
        <translation>از صادرشده‌ها، هنوز در انتظار</translation>
    </message>
    <message>
        <source>Change in the period</source>
        <translation>تغییر در دوره</translation>
    </message>
    <message>
        <source>Points held at the end</source>
        <translation>امتیاز موجود در پایان دوره</translation>
    </message>
    <message>
        <source>Point value</source>
        <translation>ارزش امتیاز</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>تعهد</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>بدهی</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>هنوز سررسید نشده</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>۱–۳۰ روز</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>۳۱–۶۰ روز</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>۶۱–۹۰ روز</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>بیش از ۹۰ روز</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>اعضای جدید</translation>
    </message>
    <message>
        <source>Members at the end</source>
        <translation>اعضا در پایان دوره</translation>
    </message>
    <message>
        <source>Members who bought</source>
        <translation>اعضای خریدار</translation>
    </message>
    <message>
        <source>Share who bought</source>
        <translation>سهم خریداران</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Members now</source>
        <translation>اعضای فعلی</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
    <message>
        <source>Moved up into it</source>
        <translation>ارتقا به این سطح</translation>
    </message>
    <message>
        <source>Moved down into it</source>
        <translation>تنزل به این سطح</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع کارت</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>جایگزین‌شده</translation>
    </message>
    <message>
        <source>Blocked: lost</source>
        <translation>مسدود: مفقود</translation>
    </message>
    <message>
        <source>Blocked: stolen</source>
        <translation>مسدود: سرقت‌شده</translation>
    </message>
    <message>
        <source>Blocked: damaged</source>
        <translation>مسدود: آسیب‌دیده</translation>
    </message>
    <message>
        <source>Blocked: other</source>
        <translation>مسدود: سایر</translation>
    </message>
    <message>
        <source>Sales by period, branch and product group</source>
        <translation>فروش به تفکیک دوره، شعبه و گروه کالا</translation>
    </message>
    <message>
        <source>Receipts, quantities, gross, discounts and net sales, less returns, for each period, branch and product group.</source>
        <translation>تعداد رسیدها، تعداد کالا، مبلغ ناخالص، تخفیف‌ها و فروش خالص پس از کسر مرجوعی‌ها، برای هر دوره، شعبه و گروه کالا.</translation>
    </message>
    <message>
        <source>Points issued, redeemed and expired</source>
        <translation>امتیازهای صادرشده، استفاده‌شده و منقضی‌شده</translation>
    </message>
    <message>
        <source>Points given, taken back by returns, redeemed, expired and adjusted in each period, and of the points given, those still pending.</source>
        <translation>امتیازهای داده‌شده، کسرشده با مرجوعی، استفاده‌شده، منقضی‌شده و اصلاح‌شده در هر دوره، و از امتیازهای داده‌شده، آن‌هایی که هنوز در انتظارند.</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>تعهد امتیاز</translation>
    </message>
    <message>
        <source>Points members hold at the end of each period and what they are worth at today's point value.</source>
        <translation>امتیازهایی که اعضا در پایان هر دوره دارند و ارزش آن‌ها بر پایه ارزش امروز هر امتیاز.</translation>
    </message>
    <message>
        <source>Debts and aging</source>
        <translation>بدهی‌ها و سن بدهی</translation>
    </message>
    <message>
        <source>What members owe on the last day of the range, by days past due.</source>
        <translation>بدهی اعضا در آخرین روز بازه، به تفکیک روزهای گذشته از سررسید.</translation>
    </message>
    <message>
        <source>Member growth and active members</source>
        <translation>رشد اعضا و اعضای فعال</translation>
    </message>
    <message>
        <source>New members, members in all and members who bought something, in each period.</source>
        <translation>اعضای جدید، کل اعضا و اعضایی که خریدی انجام داده‌اند، در هر دوره.</translation>
    </message>
    <message>
        <source>Tier distribution and movements</source>
        <translation>توزیع سطح‌ها و جابه‌جایی‌ها</translation>
    </message>
    <message>
        <source>Members in each tier now, and members who moved up or down into each tier in the range.</source>
        <translation>اعضای فعلی هر سطح، و اعضایی که در این بازه به هر سطح ارتقا یا تنزل یافته‌اند.</translation>
    </message>
    <message>
        <source>Card issuance</source>
        <translation>صدور کارت</translation>
    </message>
    <message>
        <source>Cards issued, replaced and blocked (by reason) in each period, by card type.</source>
        <translation>کارت‌های صادرشده، جایگزین‌شده و مسدودشده (به تفکیک دلیل) در هر دوره، به تفکیک نوع کارت.</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the report.</source>
        <translation>روز اول و روز آخر گزارش را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The first day of the report is after its last day.</source>
        <translation>روز اول گزارش بعد از روز آخر آن است.</translation>
    </message>
    <message>
        <source>A report by day covers at most a year. Choose a shorter range or report by month.</source>
        <translation>گزارش روزانه حداکثر یک سال را پوشش می‌دهد. بازه کوتاه‌تری انتخاب کنید یا گزارش را ماهانه بگیرید.</translation>
    </message>
    <message>
        <source>This report covers every branch; clear the branch.</source>
        <translation>این گزارش همه شعبه‌ها را در بر می‌گیرد؛ شعبه را پاک کنید.</translation>
    </message>
    <message>
        <source>This report cannot be narrowed by card type; clear it.</source>
        <translation>این گزارش را نمی‌توان به نوع کارت محدود کرد؛ آن را پاک کنید.</translation>
    </message>
    <message>
        <source>This report cannot be narrowed by member group; clear it.</source>
        <translation>این گزارش را نمی‌توان به گروه اعضا محدود کرد؛ آن را پاک کنید.</translation>
    </message>
    <message>
        <source>This report cannot be narrowed by tier; clear it.</source>
        <translation>این گزارش را نمی‌توان به سطح محدود کرد؛ آن را پاک کنید.</translation>
    </message>
    <message>
        <source>Champions</source>
        <extracomment>RFM segment: bought recently and often</extracomment>
        <translation>قهرمانان</translation>
    </message>
    <message>
        <source>Loyal</source>
        <extracomment>RFM segment: buy often</extracomment>
        <translation>وفادار</translation>
    </message>
    <message>
        <source>Promising</source>
        <extracomment>RFM segment: bought recently, not yet often</extracomment>
        <translation>امیدوارکننده</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>RFM segment: neither recent nor frequent</extracomment>
        <translation>نیازمند توجه</translation>
    </message>
    <message>
        <source>At risk</source>
        <extracomment>RFM segment: bought often, but not lately</extracomment>
        <translation>در معرض ریزش</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>RFM segment: bought rarely and long ago</extracomment>
        <translation>ازدست‌رفته</translation>
    </message>
    <message>
        <source>%L1–%L2</source>
        <extracomment>a range of RFM scores, e.g. 4–5</extracomment>
        <translation>%L1–%L2</translation>
    </message>
    <message>
        <source>R %1, F %2</source>
        <extracomment>RFM scores: R(ecency) %1, F(requency) %2, e.g. "R 4–5, F 3"</extracomment>
        <translation>تازگی %1، تکرار %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>two score ranges of an RFM segment, either of which puts a member in it</extracomment>
        <translation>%1 یا %2</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>انبار</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>موجودی ابتدای دوره</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافتی</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>فروخته‌شده</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>Given as gifts</source>
        <translation>هدیه داده‌شده</translation>
    </message>
    <message>
        <source>Transferred in less out</source>
        <translation>انتقال ورودی منهای خروجی</translation>
    </message>
    <message>
        <source>Stock-taking difference</source>
        <translation>مغایرت انبارگردانی</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>موجودی پایان دوره</translation>
    </message>
    <message>
        <source>Selling price</source>
        <translation>قیمت فروش</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>انتقال ورودی</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>انتقال خروجی</translation>
    </message>
    <message>
        <source>Missing at stock-taking</source>
        <translation>کسری انبارگردانی</translation>
    </message>
    <message>
        <source>Found at stock-taking</source>
        <translation>مازاد انبارگردانی</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation>برگه شمارش</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>مورد انتظار</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>شمارش‌شده</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>مغایرت</translation>
    </message>
    <message>
        <source>Value of the difference</source>
        <translation>ارزش مغایرت</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بخش مشتریان</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>نمره‌ها</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>مبلغ خرید</translation>
    </message>
    <message>
        <source>Average spent per member</source>
        <translation>میانگین خرید هر عضو</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخرین خرید</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>روز سپری‌شده</translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation>نمره تازگی</translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation>نمره تکرار</translation>
    </message>
    <message>
        <source>Monetary score</source>
        <translation>نمره مبلغ خرید</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>هدیه</translation>
    </message>
    <message>
        <source>Times given</source>
        <translation>دفعات اعطا</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>امتیاز خرج‌شده</translation>
    </message>
    <message>
        <source>Unknown gift</source>
        <translation>هدیه نامشخص</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش‌ها</translation>
    </message>
    <message>
        <source>Gifts given</source>
        <translation>هدایای اعطاشده</translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation>کارت‌های صادرشده</translation>
    </message>
    <message>
        <source>Cards blocked</source>
        <translation>کارت‌های مسدودشده</translation>
    </message>
    <message>
        <source>Cards voided</source>
        <translation>کارت‌های باطل‌شده</translation>
    </message>
    <message>
        <source>Logins</source>
        <translation>ورودها</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>ورودهای ناموفق</translation>
    </message>
    <message>
        <source>No operator</source>
        <translation>بدون کاربر</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>معرف</translation>
    </message>
    <message>
        <source>Joined in the range</source>
        <translation>عضوشده در بازه</translation>
    </message>
    <message>
        <source>Brought in, in all</source>
        <translation>کل معرفی‌شدگان</translation>
    </message>
    <message>
        <source>Referral points</source>
        <translation>امتیاز معرفی</translation>
    </message>
    <message>
        <source>Of them, bought in the range</source>
        <translation>خریدکرده در بازه (از میان آن‌ها)</translation>
    </message>
    <message>
        <source>What they spent</source>
        <translation>مبلغ خرید آن‌ها</translation>
    </message>
    <message>
        <source>Stock and valuation</source>
        <translation>موجودی و ارزش‌گذاری</translation>
    </message>
    <message>
        <source>For each warehouse and product: stock at the start, what came in and went out by reason, stock at the end and its value at the selling price of the last day.</source>
        <translation>برای هر انبار و کالا: موجودی ابتدای دوره، ورودی‌ها و خروجی‌ها به تفکیک دلیل، موجودی پایان دوره و ارزش آن به قیمت فروش روز آخر.</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>گردش موجودی</translation>
    </message>
    <message>
        <source>Units received, sold, returned, given as gifts, transferred, adjusted and corrected by stock-taking, in each period.</source>
        <translation>واحدهای دریافت‌شده، فروخته‌شده، مرجوعی، هدیه داده‌شده، منتقل‌شده، اصلاح‌شده و تصحیح‌شده در انبارگردانی، در هر دوره.</translation>
    </message>
    <message>
        <source>Stock-taking differences</source>
        <translation>مغایرت‌های انبارگردانی</translation>
    </message>
    <message>
        <source>Products whose count differed from the expected stock, on the count sheets posted in the range, and what the difference is worth.</source>
        <translation>کالاهایی که شمارش آن‌ها با موجودی مورد انتظار مغایرت داشت، در برگه‌های شمارشی که در این بازه ثبت نهایی شده‌اند، و ارزش این مغایرت.</translation>
    </message>
    <message>
        <source>Customer segments (RFM)</source>
        <translation>بخش‌های مشتریان (RFM)</translation>
    </message>
    <message>
        <source>Members who bought in the range, scored 1 to 5 on how recently, how often and how much they bought, grouped into segments.</source>
        <translation>اعضایی که در این بازه خرید کرده‌اند، با نمره ۱ تا ۵ برای تازگی، تکرار و مبلغ خریدشان، گروه‌بندی‌شده در بخش‌های مشتریان.</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>مشتریان برتر</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln members who spent most in the range, with their scores and segment.</source>
        <translation>
            <numerusform>%Ln عضوی که در این بازه بیشترین خرید را داشته‌اند، همراه با نمره‌ها و بخش مشتریان آن‌ها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gift redemptions</source>
        <translation>دریافت هدیه با امتیاز</translation>
    </message>
    <message>
        <source>Catalog gifts given for points in each period: how many, the points spent and the members who took them.</source>
        <translation>هدایای فهرست کالاها که در هر دوره در ازای امتیاز داده شده‌اند: تعداد، امتیاز خرج‌شده و اعضایی که آن‌ها را گرفته‌اند.</translation>
    </message>
    <message>
        <source>Operator activity</source>
        <translation>فعالیت کاربران</translation>
    </message>
    <message>
        <source>What each operator did in each period: sales, returns, gifts, cards issued, blocked and voided, and logins.</source>
        <translation>کارهایی که هر کاربر در هر دوره انجام داده است: فروش، مرجوعی، هدیه، صدور، مسدودسازی و ابطال کارت، و ورود به برنامه.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>معرفی‌ها</translation>
    </message>
    <message>
        <source>Members who brought others in: how many joined in the range and in all, the points they earned for it, and how many of those they brought bought something in the range and for how much.</source>
        <translation>اعضایی که دیگران را معرفی کرده‌اند: چند نفر در این بازه و در مجموع عضو شده‌اند، امتیازی که بابت آن گرفته‌اند، و چند نفر از معرفی‌شدگان در این بازه خرید کرده‌اند و به چه مبلغی.</translation>
    </message>
    <message>
        <source>This report cannot be narrowed by product group; clear it.</source>
        <translation>این گزارش را نمی‌توان با گروه کالا محدود کرد؛ گروه کالا را پاک کنید.</translation>
    </message>
    <message>
        <source>Promotion costs</source>
        <translation>هزینه‌های تبلیغاتی</translation>
    </message>
    <message>
        <source>Gift card value the club gave away: promotional pre-printed gift cards activated in each period, by card type, and the value they brought to members.</source>
        <translation>اعتبار کارت هدیه‌ای که باشگاه رایگان داده است: کارت‌های هدیه تبلیغاتیِ از پیش چاپ‌شده که در هر دوره فعال شده‌اند، به تفکیک نوع کارت، و اعتباری که به اعضا داده‌اند.</translation>
    </message>
    <message>
        <source>Cards activated</source>
        <translation>کارت‌های فعال‌شده</translation>
    </message>
    <message>
        <source>Value given</source>
        <translation>اعتبار داده‌شده</translation>
    </message>
</context>
<context>
    <name>Club::Core::RuleService</name>
    <message>
        <source>The rule was not found.</source>
        <translation>قاعده پیدا نشد.</translation>
    </message>
    <message>
        <source>A rule cannot start in the past.</source>
        <translation>قاعده نمی‌تواند از گذشته شروع شود.</translation>
    </message>
    <message>
        <source>A new version of a rule cannot start in the past.</source>
        <translation>نسخه جدید قاعده نمی‌تواند از گذشته شروع شود.</translation>
    </message>
    <message>
        <source>Only the latest version of a rule can be changed.</source>
        <translation>فقط آخرین نسخه قاعده را می‌توان تغییر داد.</translation>
    </message>
    <message>
        <source>The new version must start while the current version is in force, after its start.</source>
        <translation>نسخه جدید باید در مدت اعتبار نسخه فعلی و پس از شروع آن آغاز شود.</translation>
    </message>
    <message>
        <source>A rule cannot end in the past.</source>
        <translation>قاعده نمی‌تواند در گذشته پایان یابد.</translation>
    </message>
    <message>
        <source>The rule must end after it starts and before its current end.</source>
        <translation>قاعده باید پس از شروعش و پیش از پایان فعلی‌اش تمام شود.</translation>
    </message>
    <message>
        <source>The rule is limited to a guild that does not exist.</source>
        <translation>این قاعده به صنفی محدود شده است که وجود ندارد.</translation>
    </message>
    <message>
        <source>The rule is limited to a merchant that does not exist.</source>
        <translation>این قاعده به پذیرنده‌ای محدود شده است که وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::SalesService</name>
    <message>
        <source>Choose the items being returned.</source>
        <translation>کالاهای مرجوعی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Quantities must be above zero.</source>
        <translation>تعداد باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Each line of the sale can appear once in a return.</source>
        <translation>هر ردیف فروش فقط یک بار می‌تواند در مرجوعی بیاید.</translation>
    </message>
    <message>
        <source>Only %1 of this item can still be returned.</source>
        <translation>فقط %1 عدد از این کالا هنوز قابل مرجوع شدن است.</translation>
    </message>
    <message>
        <source>A returned item is not on this sale.</source>
        <translation>یکی از کالاهای مرجوعی در این فروش نیست.</translation>
    </message>
    <message>
        <source>A refund above %1 needs a manager. Nothing was recorded.</source>
        <translation>بازپرداخت بیش از %1 به تأیید مدیر فروشگاه نیاز دارد. چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation>پایگاه داده نتوانست عملیات را کامل کند. هیچ تغییری اعمال نشد.</translation>
    </message>
    <message>
        <source>The return is already being recorded. Try again.</source>
        <translation>این مرجوعی در حال ثبت است. لطفاً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>%1 is not in the gift catalog.</source>
        <translation>%1 در فهرست کالاهای هدیه نیست.</translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not recorded.</source>
        <translation>عملیات شناسایی نشد، به همین دلیل ثبت نشد.</translation>
    </message>
    <message>
        <source>This branch has no warehouse, so stock cannot be moved. Nothing was recorded.</source>
        <translation>این شعبه انبار ندارد، بنابراین جابه‌جایی موجودی انبار ممکن نیست. چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>دست‌کم یک کالا اضافه کنید.</translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation>تعداد امتیاز را به‌صورت عدد مثبت وارد کنید.</translation>
    </message>
    <message>
        <source>Points can only be redeemed by a member.</source>
        <translation>فقط اعضا می‌توانند امتیاز را خرج کنند.</translation>
    </message>
    <message>
        <source>%1 is no longer sold.</source>
        <translation>%1 دیگر فروخته نمی‌شود.</translation>
    </message>
    <message>
        <source>A discount cannot be negative or more than the line.</source>
        <translation>تخفیف نمی‌تواند منفی یا بیشتر از مبلغ ردیف باشد.</translation>
    </message>
    <message>
        <source>This member is not active.</source>
        <translation>این عضو فعال نیست.</translation>
    </message>
    <message>
        <source>This card cannot be used for this member.</source>
        <translation>این کارت را نمی‌توان برای این عضو استفاده کرد.</translation>
    </message>
    <message>
        <source>The points are worth more than the bill. Redeem fewer points.</source>
        <translation>ارزش امتیازها از مبلغ فاکتور بیشتر است. امتیاز کمتری خرج کنید.</translation>
    </message>
    <message>
        <source>Present the card whose PIN was entered.</source>
        <translation>کارتی را که رمز آن وارد شد ارائه کنید.</translation>
    </message>
    <message>
        <source>The sale is already being recorded. Try again.</source>
        <translation>این فروش در حال ثبت است. لطفاً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>No sale has this receipt number at this branch.</source>
        <translation>در این شعبه فروشی با این شماره رسید وجود ندارد.</translation>
    </message>
    <message>
        <source>Enter a positive amount.</source>
        <translation>مبلغی بیشتر از صفر وارد کنید.</translation>
    </message>
    <message>
        <source>Only a member can pay with stored value or credit.</source>
        <translation>فقط اعضا می‌توانند با اعتبار هدیه یا اعتبار پرداخت کنند.</translation>
    </message>
    <message>
        <source>Present the member's card to pay with stored value or credit.</source>
        <translation>برای پرداخت با اعتبار هدیه یا اعتبار، کارت عضو را ارائه کنید.</translation>
    </message>
    <message>
        <source>The stored value is %1; it cannot pay %2.</source>
        <translation>اعتبار هدیه %1 است و برای پرداخت %2 کافی نیست.</translation>
    </message>
    <message>
        <source>Only %1 more can be put on this member's credit (limit %2).</source>
        <translation>فقط %1 دیگر از اعتبار این عضو قابل استفاده است (سقف اعتبار: %2).</translation>
    </message>
    <message>
        <source>Points, stored value and credit together are more than the bill.</source>
        <translation>مجموع امتیاز، اعتبار هدیه و اعتبار بیشتر از مبلغ خرید است.</translation>
    </message>
    <message>
        <source>Enter the card's PIN to pay with stored value or credit.</source>
        <translation>برای پرداخت با اعتبار هدیه یا اعتبار، رمز کارت را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the reason for the void.</source>
        <translation>دلیل ابطال را وارد کنید.</translation>
    </message>
    <message>
        <source>This transaction has already been voided.</source>
        <translation>این تراکنش قبلاً باطل شده است.</translation>
    </message>
    <message>
        <source>Items of this sale have been returned, so it cannot be voided. Return the rest instead.</source>
        <translation>اقلامی از این فروش مرجوع شده‌اند، بنابراین نمی‌توان آن را باطل کرد. به‌جای آن، باقی اقلام را مرجوع کنید.</translation>
    </message>
    <message>
        <source>This transaction is not a gift.</source>
        <translation>این تراکنش هدیه نیست.</translation>
    </message>
</context>
<context>
    <name>Club::Core::SalesSettingsStore</name>
    <message>
        <source>A redeemed point must be worth more than zero.</source>
        <translation>ارزش هر امتیاز استفاده‌شده باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>The return window must be between 0 and 365 days.</source>
        <translation>مهلت مرجوعی باید بین ۰ تا ۳۶۵ روز باشد.</translation>
    </message>
    <message>
        <source>The staff refund limit cannot be negative.</source>
        <translation>سقف بازپرداخت وجه برای کارمندان نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The price of a point cannot be negative.</source>
        <translation>قیمت امتیاز نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Choose a known time zone, such as Asia/Tehran.</source>
        <translation>یک منطقه زمانی معتبر، مانند Asia/Tehran، انتخاب کنید.</translation>
    </message>
    <message>
        <source>The saved sales settings could not be read. Check them in Settings and save again.</source>
        <translation>تنظیمات ذخیره‌شده فروش خوانده نشد. آن‌ها را در تنظیمات بررسی کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message numerus="yes">
        <source>The points lifetime must be between 0 and %Ln day(s).</source>
        <translation>
            <numerusform>مدت اعتبار امتیاز باید بین ۰ تا %Ln روز باشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points must last longer than the return window (%Ln day(s)).</source>
        <translation>
            <numerusform>مدت اعتبار امتیاز باید بیشتر از مهلت مرجوعی (%Ln روز) باشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points must last at least as long as the return window (%Ln day(s)).</source>
        <translation>
            <numerusform>مدت اعتبار امتیاز باید دست‌کم برابر با مهلت مرجوعی (%Ln روز) باشد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Core::SegmentQuery</name>
    <message>
        <source>A saved segment could not be read.</source>
        <translation>یکی از بخش‌های مشتریان ذخیره‌شده خوانده نشد.</translation>
    </message>
    <message>
        <source>A number of days must be between 0 and %1.</source>
        <translation>تعداد روزها باید بین ۰ تا %1 باشد.</translation>
    </message>
    <message>
        <source>Birthdays can be looked for up to 365 days ahead.</source>
        <translation>تولدها را حداکثر تا ۳۶۵ روز آینده می‌توان جستجو کرد.</translation>
    </message>
    <message>
        <source>The points balance cannot be negative.</source>
        <translation>مانده امتیاز نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>No member can have bought in the last %1 days without buying in the last %2 days. Choose a longer period for "bought within" or remove one of the two.</source>
        <translation>هیچ عضوی نمی‌تواند در %1 روز گذشته خرید کرده باشد بی‌آنکه در %2 روز گذشته خرید کرده باشد. برای «خرید در بازه اخیر» دوره طولانی‌تری انتخاب کنید یا یکی از این دو شرط را حذف کنید.</translation>
    </message>
    <message>
        <source>Choose the tiers by name.</source>
        <translation>سطح‌ها را با نامشان انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Core::SegmentService</name>
    <message>
        <source>Give the segment a name.</source>
        <translation>نامی برای بخش مشتریان وارد کنید.</translation>
    </message>
    <message>
        <source>Another segment already has this name.</source>
        <translation>بخش مشتریان دیگری با همین نام وجود دارد.</translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
        <translation>این بخش مشتریان دیگر وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::ServerClient</name>
    <message>
        <source>The central server cannot be reached.</source>
        <translation>دسترسی به سرور مرکزی ممکن نیست.</translation>
    </message>
    <message>
        <source>The central server did not accept this user name and password.</source>
        <translation>سرور مرکزی این نام کاربری و گذرواژه را نپذیرفت.</translation>
    </message>
    <message>
        <source>The session with the central server has ended. Log in again.</source>
        <translation>نشست با سرور مرکزی به پایان رسیده است. دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>The central server does not accept this desk. Check the terminal id and secret in Settings, or ask whether the terminal was disabled.</source>
        <translation>سرور مرکزی این میز را نمی‌پذیرد. شناسه و رمز محرمانه پایانه را در تنظیمات بررسی کنید یا بپرسید که آیا پایانه غیرفعال شده است.</translation>
    </message>
    <message>
        <source>This computer's clock is too far from the central server's. Set the date and time and try again.</source>
        <translation>ساعت این رایانه اختلاف زیادی با ساعت سرور مرکزی دارد. تاریخ و ساعت را تنظیم کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The central server refused a repeated request. Try again.</source>
        <translation>سرور مرکزی یک درخواست تکراری را رد کرد. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Your role does not allow this on the central server.</source>
        <translation>نقش شما اجازه این کار را روی سرور مرکزی نمی‌دهد.</translation>
    </message>
    <message>
        <source>The central server does not know this card, member, product or sale.</source>
        <translation>سرور مرکزی این کارت، عضو، کالا یا فروش را نمی‌شناسد.</translation>
    </message>
    <message>
        <source>The central server refused the request as incomplete or wrong.</source>
        <translation>سرور مرکزی درخواست را ناقص یا نادرست دانست و رد کرد.</translation>
    </message>
    <message>
        <source>The central server refused this: the record changed meanwhile.</source>
        <translation>سرور مرکزی این درخواست را رد کرد: رکورد در این فاصله تغییر کرده است.</translation>
    </message>
    <message>
        <source>The member does not have enough points for this.</source>
        <translation>عضو برای این کار امتیاز کافی ندارد.</translation>
    </message>
    <message>
        <source>The stored value or the credit left does not cover this.</source>
        <translation>اعتبار هدیه یا اعتبار باقی‌مانده برای این کار کافی نیست.</translation>
    </message>
    <message>
        <source>This card cannot be used (blocked, replaced or not genuine).</source>
        <translation>این کارت قابل استفاده نیست (مسدود، جایگزین‌شده یا غیراصل).</translation>
    </message>
    <message>
        <source>The card's PIN is needed for this.</source>
        <translation>برای این کار رمز کارت لازم است.</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>رمز کارت اشتباه است.</translation>
    </message>
    <message>
        <source>The card's PIN is locked after too many wrong tries. A manager can unlock it.</source>
        <translation>رمز کارت پس از تلاش‌های نادرست زیاد قفل شده است. مدیر فروشگاه می‌تواند قفل آن را باز کند.</translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation>تلاش‌ها بیش از حد مجاز بود. یک دقیقه صبر کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This sale was already sent with other contents. Start a new sale.</source>
        <translation>این فروش قبلاً با محتوای دیگری ارسال شده است. فروش جدیدی شروع کنید.</translation>
    </message>
    <message>
        <source>The central server could not do this (error %1).</source>
        <translation>سرور مرکزی نتوانست این کار را انجام دهد (خطای %1).</translation>
    </message>
    <message>
        <source>Another card in the chain already has this number, so this card is not known to the central server. Block it here and issue the member a new card.</source>
        <translation>کارت دیگری در زنجیره همین شماره را دارد، پس سرور مرکزی این کارت را نمی‌شناسد. آن را همین‌جا مسدود کنید و برای عضو کارت تازه‌ای صادر کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Core::SurveyService</name>
    <message>
        <source>Give the survey a name.</source>
        <translation>برای نظرسنجی نامی تعیین کنید.</translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation>بازه‌ای انتخاب کنید که تاریخ پایان آن بعد از تاریخ شروع باشد.</translation>
    </message>
    <message>
        <source>Points for answering cannot be negative.</source>
        <translation>امتیاز پاسخ به نظرسنجی نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>A survey needs at least one question.</source>
        <translation>نظرسنجی دست‌کم به یک پرسش نیاز دارد.</translation>
    </message>
    <message>
        <source>A short survey has at most 20 questions.</source>
        <translation>نظرسنجی کوتاه حداکثر ۲۰ پرسش دارد.</translation>
    </message>
    <message>
        <source>The survey "%1" is not open now.</source>
        <translation>نظرسنجی «%1» اکنون باز نیست.</translation>
    </message>
    <message>
        <source>%1 is not an active member.</source>
        <translation>%1 عضو فعال نیست.</translation>
    </message>
    <message>
        <source>Rate "%1" from 1 to 5.</source>
        <translation>به «%1» از ۱ تا ۵ امتیاز رضایت بدهید.</translation>
    </message>
    <message>
        <source>The answer to "%1" is too long.</source>
        <translation>پاسخ «%1» بیش از حد طولانی است.</translation>
    </message>
    <message>
        <source>An answer is for a question that is not in this survey.</source>
        <translation>یکی از پاسخ‌ها مربوط به پرسشی است که در این نظرسنجی نیست.</translation>
    </message>
    <message>
        <source>%1 has already answered the survey "%2"; a survey is answered once.</source>
        <translation>%1 قبلاً به نظرسنجی «%2» پاسخ داده است؛ به هر نظرسنجی فقط یک بار پاسخ داده می‌شود.</translation>
    </message>
    <message>
        <source>The file has no answers: a header row, then one row per member.</source>
        <translation>فایل هیچ پاسخی ندارد: ابتدا یک سطر عنوان، سپس برای هر عضو یک سطر.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln columns; the survey needs %1.</source>
        <translation>
            <numerusform>این سطر %Ln ستون دارد؛ نظرسنجی به %1 ستون نیاز دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>No member has the mobile number or number "%1".</source>
        <translation>هیچ عضوی با تلفن همراه یا شماره «%1» وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::SyncPuller</name>
    <message>
        <source>Some records refer to others that are not here yet; the next sync brings them.</source>
        <translation>برخی رکوردها به رکوردهای دیگری ارجاع می‌دهند که هنوز اینجا نیستند؛ همگام‌سازی بعدی آن‌ها را می‌آورد.</translation>
    </message>
    <message>
        <source>The data from the central server could not be saved here.</source>
        <translation>داده‌های دریافتی از سرور مرکزی در اینجا ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>Club::Core::SyncSettings</name>
    <message>
        <source>The terminal secret is not the one clubserver printed: copy all of it.</source>
        <translation>رمز محرمانه پایانه با آنچه clubserver چاپ کرده یکی نیست: همه آن را کپی کنید.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>کتابخانه رمزنگاری راه‌اندازی نشد.</translation>
    </message>
    <message>
        <source>The terminal's key file cannot be read.</source>
        <translation>فایل کلید پایانه خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The terminal's key file is damaged. Enter the secret again.</source>
        <translation>فایل کلید پایانه آسیب دیده است. رمز محرمانه را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>The terminal's key file is missing. Enter the terminal secret again.</source>
        <translation>فایل کلید پایانه پیدا نشد. رمز محرمانه پایانه را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>The terminal's key file cannot be written.</source>
        <translation>فایل کلید پایانه نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source>Enter the server's address, such as https://club.example.com:8443.</source>
        <translation>نشانی سرور را وارد کنید، مانند https://club.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter the terminal id clubserver printed.</source>
        <translation>شناسه پایانه‌ای را که clubserver چاپ کرده است وارد کنید.</translation>
    </message>
    <message>
        <source>An offline limit cannot be negative.</source>
        <translation>سقف خرج آفلاین نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The time to wait for the server must be between 1 and 120 seconds.</source>
        <translation>زمان انتظار برای سرور باید بین ۱ تا ۱۲۰ ثانیه باشد.</translation>
    </message>
    <message>
        <source>Enter the terminal secret clubserver printed.</source>
        <translation>رمز محرمانه پایانه را که clubserver چاپ کرده است وارد کنید.</translation>
    </message>
    <message>
        <source>The saved terminal secret is damaged. Enter it again.</source>
        <translation>رمز محرمانه ذخیره‌شده پایانه آسیب دیده است. آن را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>The saved terminal secret cannot be opened with this computer's key. Enter it again.</source>
        <translation>رمز محرمانه ذخیره‌شده پایانه با کلید این رایانه باز نمی‌شود. آن را دوباره وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Core::TierService</name>
    <message>
        <source>The tier programme could not be read.</source>
        <translation>برنامه سطح‌بندی خوانده نشد.</translation>
    </message>
    <message>
        <source>Choose the card type the programme is for.</source>
        <translation>نوع کارتی را که برنامه برای آن است انتخاب کنید.</translation>
    </message>
    <message>
        <source>Add at least one tier.</source>
        <translation>دست‌کم یک سطح اضافه کنید.</translation>
    </message>
    <message>
        <source>A tier key is 1 to 32 small Latin letters, digits, '-' or '_', such as gold.</source>
        <translation>کلید سطح باید ۱ تا ۳۲ نویسه از حروف کوچک لاتین، رقم، '-' یا '_' باشد، مانند gold.</translation>
    </message>
    <message>
        <source>Two tiers have the key %1.</source>
        <translation>دو سطح کلید یکسان %1 دارند.</translation>
    </message>
    <message>
        <source>Give the tier %1 a name.</source>
        <translation>برای سطح %1 یک نام وارد کنید.</translation>
    </message>
    <message>
        <source>Two tiers have the same rank.</source>
        <translation>دو سطح رتبه یکسان دارند.</translation>
    </message>
    <message>
        <source>A threshold cannot be negative.</source>
        <translation>آستانه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Each tier must need more than the tier below it (%1 after %2).</source>
        <translation>آستانه هر سطح باید بیشتر از سطح پایین‌تر از آن باشد (%1 پس از %2).</translation>
    </message>
    <message>
        <source>This card type has no tier programme.</source>
        <translation>این نوع کارت برنامه سطح‌بندی ندارد.</translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation>این عضو دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Choose the time the reviews are due by.</source>
        <translation>مهلت انجام بازبینی‌ها را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Tiers cannot be reviewed ahead of time.</source>
        <translation>سطح‌ها را نمی‌توان پیش از موعد بازبینی کرد.</translation>
    </message>
    <message numerus="yes">
        <source>The qualifying window must be between 1 and %Ln day(s).</source>
        <translation>
            <numerusform>بازه احراز سطح باید بین ۱ تا %Ln روز باشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review period must be between 1 and %Ln day(s).</source>
        <translation>
            <numerusform>دوره بازبینی باید بین ۱ تا %Ln روز باشد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Core::TransactionService</name>
    <message>
        <source>A void cannot be voided.</source>
        <translation>ابطال را نمی‌توان باطل کرد.</translation>
    </message>
    <message>
        <source>This transaction has already been voided.</source>
        <translation>این تراکنش قبلاً باطل شده است.</translation>
    </message>
    <message>
        <source>This kind of transaction cannot be voided. Record a return or an adjustment instead.</source>
        <translation>این نوع تراکنش را نمی‌توان باطل کرد. به‌جای آن، مرجوعی یا اصلاحیه ثبت کنید.</translation>
    </message>
    <message>
        <source>Only a transaction of today can be voided. Record a return or an adjustment instead.</source>
        <translation>فقط تراکنش امروز را می‌توان باطل کرد. به‌جای آن، مرجوعی یا اصلاحیه ثبت کنید.</translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation>تاریخ پایان باید بعد از تاریخ شروع باشد.</translation>
    </message>
    <message>
        <source>The largest amount must not be below the smallest.</source>
        <translation>بیشترین مبلغ نباید کمتر از کمترین مبلغ باشد.</translation>
    </message>
    <message>
        <source>Enter the reason for the void.</source>
        <translation>دلیل ابطال را وارد کنید.</translation>
    </message>
    <message>
        <source>The sale of this transaction was not found.</source>
        <translation>فروش مربوط به این تراکنش پیدا نشد.</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>تراکنش‌ها</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>باطل‌شده با</translation>
    </message>
</context>
<context>
    <name>Club::Core::WarrantyService</name>
    <message>
        <source>A warranty period is 1 to %1 months.</source>
        <translation>مدت گارانتی ۱ تا %1 ماه است.</translation>
    </message>
    <message>
        <source>That product was not found.</source>
        <translation>آن کالا پیدا نشد.</translation>
    </message>
    <message>
        <source>Enter the serial number.</source>
        <translation>شماره سریال را وارد کنید.</translation>
    </message>
    <message>
        <source>A serial number has at most %1 characters.</source>
        <translation>شماره سریال حداکثر %1 نویسه دارد.</translation>
    </message>
    <message>
        <source>The product is not the one on the sale line.</source>
        <translation>این کالا همان کالای سطر فروش نیست.</translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation>کالا را انتخاب کنید.</translation>
    </message>
    <message>
        <source>A warranty cannot start in the future.</source>
        <translation>گارانتی نمی‌تواند در آینده شروع شود.</translation>
    </message>
    <message>
        <source>Choose the member the warranty is for.</source>
        <translation>عضوی را که گارانتی برای اوست انتخاب کنید.</translation>
    </message>
    <message>
        <source>The warranty can only go on an active card of the same member.</source>
        <translation>گارانتی فقط روی کارت فعالِ همان عضو ثبت می‌شود.</translation>
    </message>
    <message>
        <source>This product has no default warranty period: enter the months.</source>
        <translation>این کالا مدت گارانتی پیش‌فرض ندارد: تعداد ماه‌ها را وارد کنید.</translation>
    </message>
    <message>
        <source>Serial number %1 of this product already has a warranty.</source>
        <translation>شماره سریال %1 از این کالا قبلاً گارانتی دارد.</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>یادداشت حداکثر %1 نویسه دارد.</translation>
    </message>
    <message>
        <source>An event cannot be dated in the future.</source>
        <translation>تاریخ رویداد نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <source>An event cannot be dated before the warranty started.</source>
        <translation>تاریخ رویداد نمی‌تواند پیش از شروع گارانتی باشد.</translation>
    </message>
    <message>
        <source>An event cannot be dated before the last one logged.</source>
        <translation>تاریخ رویداد نمی‌تواند پیش از آخرین رویداد ثبت‌شده باشد.</translation>
    </message>
    <message>
        <source>The item was replaced: this warranty takes no more events.</source>
        <translation>کالا تعویض شده است: برای این گارانتی رویداد دیگری ثبت نمی‌شود.</translation>
    </message>
    <message>
        <source>The item is already in service.</source>
        <translation>کالا هم‌اکنون برای خدمات تحویل گرفته شده است.</translation>
    </message>
    <message>
        <source>The item is not in service: log that it was received first.</source>
        <translation>کالا در حال خدمات نیست: ابتدا تحویل گرفتن آن را ثبت کنید.</translation>
    </message>
    <message>
        <source>Enter 0 to 3660 days.</source>
        <translation>عددی از ۰ تا ۳۶۶۰ روز وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Maintenance::Commands</name>
    <message>
        <source>Made %1 (UTC): %2 members, %3 cards, %4 ledger entries, %5 sales.</source>
        <extracomment>a backup's contents; %1 date and time (UTC), %2..%5 counts</extracomment>
        <translation>ساخته‌شده در %1 (UTC): %2 عضو، %3 کارت، %4 ردیف دفتر حساب، %5 فروش.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>در %1 فایل داده‌ها وجود ندارد.</translation>
    </message>
    <message>
        <source>Give the backup passphrase in CLUB_BACKUP_PASSPHRASE or on standard input.</source>
        <translation>عبارت عبور پشتیبان را در CLUB_BACKUP_PASSPHRASE یا از ورودی استاندارد بدهید.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>نسخه پشتیبان در %1 نوشته شد.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>در %1 بازگردانی شد.</translation>
    </message>
    <message>
        <source>The previous data was kept as %1.</source>
        <translation>داده‌های قبلی با نام %1 نگه داشته شد.</translation>
    </message>
    <message>
        <source>Customer Club Manager is open on this data file. Close it first.</source>
        <translation>برنامه مدیریت باشگاه مشتریان روی همین فایل داده‌ها باز است. ابتدا آن را ببندید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::AddStockDialog</name>
    <message>
        <source>Add Blank Cards</source>
        <translation>افزودن کارت خام</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delivery note, supplier invoice…</source>
        <extracomment>Placeholder: why blank cards are added to the stock</extracomment>
        <translation>رسید تحویل، فاکتور تأمین‌کننده…</translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation>نوع کارت:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>تعداد:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add the blank cards to the stock</extracomment>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Choose a card type.</source>
        <translation>یک نوع کارت انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter how many blank cards arrived.</source>
        <translation>تعداد کارت‌های خام رسیده را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>پشتیبان‌گیری فوری</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Set the Passphrase</source>
        <translation>تعیین عبارت عبور</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>بازگردانی…</translation>
    </message>
    <message>
        <source>Check the Data</source>
        <translation>بررسی داده‌ها</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>پوشه پشتیبان:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارت عبور:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>تکرار عبارت عبور:</translation>
    </message>
    <message>
        <source>A passphrase is set. Daily backups run while the program is open.</source>
        <translation>عبارت عبور تعیین شده است. تا زمانی که برنامه باز است، پشتیبان‌گیری روزانه انجام می‌شود.</translation>
    </message>
    <message>
        <source>No passphrase is set yet: choose one to start daily backups. Write it down and keep it apart from the backups; without it they cannot be restored.</source>
        <translation>هنوز عبارت عبوری تعیین نشده است: برای شروع پشتیبان‌گیری روزانه یکی انتخاب کنید. آن را یادداشت کنید و جدا از نسخه‌های پشتیبان نگه دارید؛ بدون آن، نسخه‌های پشتیبان قابل بازگردانی نیستند.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups, best on another disk, a USB drive or a network share.</source>
        <translation>پوشه‌ای برای نسخه‌های پشتیبان انتخاب کنید؛ بهتر است روی دیسک دیگر، حافظه USB یا پوشه اشتراکی شبکه باشد.</translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation>آخرین پشتیبان موفق: %1</translation>
    </message>
    <message>
        <source>This folder holds no backup yet.</source>
        <translation>این پوشه هنوز هیچ نسخه پشتیبانی ندارد.</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>پوشه پشتیبان</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %Ln characters.</source>
        <translation>
            <numerusform>عبارت عبوری با دست‌کم %Ln نویسه انتخاب کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>دو عبارت عبور یکسان نیستند. یک عبارت را دو بار وارد کنید.</translation>
    </message>
    <message>
        <source>Choose a folder and set a passphrase first.</source>
        <translation>ابتدا یک پوشه انتخاب و عبارت عبور را تعیین کنید.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached. Is the drive connected?</source>
        <translation>پوشه پشتیبان %1 در دسترس نیست. آیا درایو وصل است؟</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>نسخه پشتیبان نوشته شد: %1</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>بازگردانی نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Backups (*.clubbackup);;All files (*)</source>
        <translation>نسخه‌های پشتیبان (*.clubbackup);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Move to Central Server…</source>
        <translation>انتقال به سرور مرکزی…</translation>
    </message>
</context>
<context>
    <name>Club::Ui::BatchIssueDialog</name>
    <message>
        <source>Batch Issue Cards</source>
        <translation>صدور گروهی کارت</translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation>نوع کارت:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>Button: begin issuing and encoding the cards of the batch</extracomment>
        <translation>شروع</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <extracomment>Button: encode again the cards of the batch that failed</extracomment>
        <translation>تلاش دوباره برای ناموفق‌ها</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Status of a card in a batch: not started yet</extracomment>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Encoding</source>
        <extracomment>Status of a card in a batch: being written now</extracomment>
        <translation>در حال کدگذاری</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <extracomment>Status of a card in a batch; %1 is the new card number</extracomment>
        <translation>انجام شد: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>Status of a card in a batch; %1 says why</extracomment>
        <translation>ناموفق: %1</translation>
    </message>
    <message>
        <source>Some cards failed. Press Retry Failed to encode them again.</source>
        <translation>کدگذاری برخی کارت‌ها ناموفق بود. برای کدگذاری دوباره، «تلاش دوباره برای ناموفق‌ها» را بزنید.</translation>
    </message>
    <message>
        <source>All cards are issued.</source>
        <translation>همه کارت‌ها صادر شدند.</translation>
    </message>
    <message>
        <source>Card %1 of %2: place a blank card for %3.</source>
        <extracomment>%1 is the position in the batch, %2 the number of cards, %3 the member's name</extracomment>
        <translation>کارت %1 از %2: یک کارت خام برای %3 بگذارید.</translation>
    </message>
    <message>
        <source>Card %1 is done. Take it off the reader.</source>
        <extracomment>%1 is the position of the finished card in the batch</extracomment>
        <translation>کارت %1 آماده است. آن را از کارت‌خوان بردارید.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <source>Print All Cards…</source>
        <extracomment>Button: print every issued card of the batch in one job, on a printer or to a PDF</extracomment>
        <translation>چاپ همهٔ کارت‌ها…</translation>
    </message>
</context>
<context>
    <name>Club::Ui::BlockCardDialog</name>
    <message>
        <source>Block Card</source>
        <translation>مسدود کردن کارت</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>کارت:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>عضو:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>در چند کلمه بنویسید چه اتفاقی افتاده است</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <extracomment>Button: block the card now</extracomment>
        <translation>مسدود کردن</translation>
    </message>
    <message>
        <source>Block card %1 of %2?
It cannot be used until it is unblocked.</source>
        <extracomment>%1 is the card number, %2 the member's name</extracomment>
        <translation>کارت %1 متعلق به %2 مسدود شود؟
تا زمان رفع مسدودی، این کارت قابل استفاده نیست.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::BranchesTab</name>
    <message>
        <source>Branches</source>
        <translation>شعبه‌ها</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>پذیرنده</translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation>پایانه‌ها</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>None known</source>
        <translation>موردی شناخته نشده</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
</context>
<context>
    <name>Club::Ui::BuyPointsDialog</name>
    <message>
        <source>Buy Points</source>
        <translation>خرید امتیاز</translation>
    </message>
    <message>
        <source>Buying points is turned off in the sales settings.</source>
        <translation>خرید امتیاز در تنظیمات فروش غیرفعال است.</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>امتیاز:</translation>
    </message>
    <message>
        <source>Price of a point:</source>
        <translation>قیمت هر امتیاز:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>قابل پرداخت:</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>Enter the number of points.</source>
        <translation>تعداد امتیاز را وارد کنید.</translation>
    </message>
    <message numerus="yes">
        <source>Sell %Ln point(s) for %1?</source>
        <extracomment>%Ln points, %1 price</extracomment>
        <translation>
            <numerusform>%Ln امتیاز به مبلغ %1 فروخته شود؟</numerusform>
        </translation>
    </message>
    <message>
        <source>The central server cannot be reached. The purchase is kept and sent when it is back (pending sync).</source>
        <translation>دسترسی به سرور مرکزی ممکن نیست. خرید نگه داشته می‌شود و پس از برقراری دوباره اتصال ارسال خواهد شد (در انتظار همگام‌سازی).</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CampaignsPanel</name>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>A message waiting to be sent</extracomment>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Sending (unconfirmed)</source>
        <translation>در حال ارسال (تأییدنشده)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>صرف‌نظرشده</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>کمپین</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>&amp;Create campaign</source>
        <translation>ایجاد کمپین</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Send a &amp;test</source>
        <translation>ارسال آزمایشی</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>اجرا</translation>
    </message>
    <message>
        <source>Send the &amp;failed again</source>
        <translation>ارسال دوباره ناموفق‌ها</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Email address or mobile number</source>
        <translation>نشانی ایمیل یا شماره تلفن همراه</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>ارسال به:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>پیام:</translation>
    </message>
    <message>
        <source>Test address:</source>
        <translation>نشانی آزمایشی:</translation>
    </message>
    <message>
        <source>Campaign "%1" created. Preview it, send a test, then run it.</source>
        <translation>کمپین «%1» ایجاد شد. پیش‌نمایش آن را ببینید، یک پیام آزمایشی بفرستید و سپس آن را اجرا کنید.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln message(s), as they would go now. Nothing was sent.</source>
        <translation>
            <numerusform>%Ln پیام نخست، همان‌طور که اکنون ارسال می‌شوند. چیزی ارسال نشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter where the test should go.</source>
        <translation>مقصد پیام آزمایشی را وارد کنید.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <source>The test message went to %1.</source>
        <translation>پیام آزمایشی به %1 ارسال شد.</translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation>ابتدا یک کمپین را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Sent: %1, failed: %2, skipped: %3.</source>
        <extracomment>After a campaign run: how many messages were sent, failed and skipped</extracomment>
        <translation>ارسال‌شده: %1، ناموفق: %2، صرف‌نظرشده: %3.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardActionBar</name>
    <message>
        <source>Re&amp;place…</source>
        <translation>جایگزینی…</translation>
    </message>
    <message>
        <source>Bloc&amp;k…</source>
        <translation>مسدود کردن…</translation>
    </message>
    <message>
        <source>U&amp;nblock</source>
        <translation>رفع مسدودی</translation>
    </message>
    <message>
        <source>Set P&amp;IN…</source>
        <translation>تعیین رمز کارت…</translation>
    </message>
    <message>
        <source>Rese&amp;t PIN…</source>
        <translation>بازنشانی رمز کارت…</translation>
    </message>
    <message>
        <source>Un&amp;lock PIN</source>
        <translation>باز کردن قفل رمز کارت</translation>
    </message>
    <message>
        <source>Change P&amp;IN…</source>
        <translation>تغییر رمز کارت…</translation>
    </message>
    <message>
        <source>Unblock Card</source>
        <extracomment>%1 is a card number</extracomment>
        <translation>رفع مسدودی کارت</translation>
    </message>
    <message>
        <source>Unblock card %1? It can be used again at once.</source>
        <translation>مسدودی کارت %1 رفع شود؟ کارت بلافاصله دوباره قابل استفاده می‌شود.</translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <extracomment>%1 is a card number</extracomment>
        <translation>باز کردن قفل رمز کارت</translation>
    </message>
    <message>
        <source>Unlock the PIN of card %1? The member can try the PIN again.</source>
        <translation>قفل رمز کارت %1 باز شود؟ عضو می‌تواند دوباره رمز را امتحان کند.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardDesignerDialog</name>
    <message>
        <source> mm</source>
        <extracomment>Unit after a length in millimetres</extracomment>
        <translation> میلی‌متر</translation>
    </message>
    <message>
        <source>Card Design: %1</source>
        <extracomment>Window title; %1 is the card type's name</extracomment>
        <translation>طراحی کارت: %1</translation>
    </message>
    <message>
        <source>Front</source>
        <extracomment>The printed side of a plastic card</extracomment>
        <translation>روی کارت</translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>The printed side of a plastic card</extracomment>
        <translation>پشت کارت</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>شماره کارت</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Preview with &amp;card:</source>
        <translation>پیش‌نمایش با کارت:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Image or logo</source>
        <translation>تصویر یا لوگو</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>بارکد</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>کد QR</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>مستطیل</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove the selected element (Delete)</source>
        <translation>حذف عنصر انتخاب‌شده (Delete)</translation>
    </message>
    <message>
        <source>Bring &amp;Forward</source>
        <extracomment>Moves an element above the others in the drawing order</extracomment>
        <translation>یک لایه بالاتر</translation>
    </message>
    <message>
        <source>Send Bac&amp;kward</source>
        <extracomment>Moves an element below the others in the drawing order</extracomment>
        <translation>یک لایه پایین‌تر</translation>
    </message>
    <message>
        <source>Selected element</source>
        <translation>عنصر انتخاب‌شده</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <extracomment>What a card element shows: the text typed below instead of a member's data</extracomment>
        <translation>متن ثابت</translation>
    </message>
    <message>
        <source> pt</source>
        <extracomment>Unit after a font size in points</extracomment>
        <translation> پوینت</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>پررنگ</translation>
    </message>
    <message>
        <source>Start of line</source>
        <extracomment>Text alignment: at the start of the line (right in Persian, left in English)</extracomment>
        <translation>ابتدای خط</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>وسط</translation>
    </message>
    <message>
        <source>End of line</source>
        <extracomment>Text alignment: at the end of the line</extracomment>
        <translation>انتهای خط</translation>
    </message>
    <message>
        <source>Code 128 barcode</source>
        <translation>بارکد Code 128</translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation>انتخاب تصویر…</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>ارتفاع:</translation>
    </message>
    <message>
        <source>&amp;Shows:</source>
        <translation>محتوا:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>متن:</translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation>اندازه قلم:</translation>
    </message>
    <message>
        <source>Ali&amp;gnment:</source>
        <translation>تراز:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>رنگ:</translation>
    </message>
    <message>
        <source>Barcode t&amp;ype:</source>
        <translation>نوع بارکد:</translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation>تصویر:</translation>
    </message>
    <message>
        <source>Card side</source>
        <translation>سمت کارت</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>No Image</source>
        <translation>بدون تصویر</translation>
    </message>
    <message>
        <source>Background co&amp;lour:</source>
        <translation>رنگ پس‌زمینه:</translation>
    </message>
    <message>
        <source>Background image:</source>
        <translation>تصویر پس‌زمینه:</translation>
    </message>
    <message>
        <source>Save the design (%1)</source>
        <translation>ذخیره طراحی (%1)</translation>
    </message>
    <message>
        <source>&amp;Preview Print…</source>
        <translation>پیش‌نمایش چاپ…</translation>
    </message>
    <message>
        <source>Print to P&amp;DF…</source>
        <translation>چاپ در PDF…</translation>
    </message>
    <message>
        <source>The saved design could not be read; the standard design is shown instead.</source>
        <translation>طراحی ذخیره‌شده خوانده نشد؛ به جای آن طراحی استاندارد نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Member's name</source>
        <translation>نام عضو</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>شماره عضویت</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>شماره تلفن همراه</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع کارت</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>نام فروشگاه</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <extracomment>An element in the card designer's list; %1 is what it shows</extracomment>
        <translation>متن: %1</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>تصویر: %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation>کد QR: %1</translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation>بارکد: %1</translation>
    </message>
    <message>
        <source>Front, “%1”: lies on the magnetic stripe or an area kept clear.</source>
        <translation>روی کارت، «%1»: روی نوار مغناطیسی یا ناحیه‌ای که باید خالی بماند قرار گرفته است.</translation>
    </message>
    <message>
        <source>Back, “%1”: lies on the magnetic stripe or an area kept clear.</source>
        <translation>پشت کارت، «%1»: روی نوار مغناطیسی یا ناحیه‌ای که باید خالی بماند قرار گرفته است.</translation>
    </message>
    <message>
        <source>Front, “%1”: goes past the edge of the card.</source>
        <translation>روی کارت، «%1»: از لبه کارت بیرون زده است.</translation>
    </message>
    <message>
        <source>Back, “%1”: goes past the edge of the card.</source>
        <translation>پشت کارت، «%1»: از لبه کارت بیرون زده است.</translation>
    </message>
    <message>
        <source>Front, “%1”: has no width or height.</source>
        <translation>روی کارت، «%1»: عرض یا ارتفاع ندارد.</translation>
    </message>
    <message>
        <source>Back, “%1”: has no width or height.</source>
        <translation>پشت کارت، «%1»: عرض یا ارتفاع ندارد.</translation>
    </message>
    <message>
        <source>No problems found: the design prints as shown.</source>
        <translation>مشکلی پیدا نشد: طراحی همان‌طور که نمایش داده می‌شود چاپ خواهد شد.</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation>انتخاب تصویر</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg *.bmp *.svg)</translation>
    </message>
    <message>
        <source>This file is not an image the program can read.</source>
        <translation>این فایل تصویری نیست که برنامه بتواند بخواند.</translation>
    </message>
    <message>
        <source>Background Colour</source>
        <translation>رنگ پس‌زمینه</translation>
    </message>
    <message>
        <source>Choose Background Image</source>
        <translation>انتخاب تصویر پس‌زمینه</translation>
    </message>
    <message>
        <source>Sara</source>
        <extracomment>A sample member's first name in the card designer's preview</extracomment>
        <translation>سارا</translation>
    </message>
    <message>
        <source>Ahmadi</source>
        <extracomment>A sample member's last name in the card designer's preview</extracomment>
        <translation>احمدی</translation>
    </message>
    <message>
        <source>Showing the card of %1.</source>
        <extracomment>%1 is the member's name</extracomment>
        <translation>نمایش کارت %1.</translation>
    </message>
    <message>
        <source>The design is saved.</source>
        <translation>طراحی ذخیره شد.</translation>
    </message>
    <message>
        <source>Preview Print</source>
        <translation>پیش‌نمایش چاپ</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>چاپ در PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card Design</source>
        <translation>طراحی کارت</translation>
    </message>
    <message>
        <source>Save the changes to this design before closing?</source>
        <translation>تغییرات این طراحی پیش از بستن ذخیره شود؟</translation>
    </message>
    <message>
        <source>&amp;Left edge:</source>
        <translation>لبه چپ:</translation>
    </message>
    <message>
        <source>&amp;Top edge:</source>
        <translation>لبه بالا:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardEncodingFlow</name>
    <message>
        <source>No card reader is set up on this desk. Set one up on the Devices page.</source>
        <translation>هیچ کارت‌خوانی روی این میز تنظیم نشده است. آن را در صفحه دستگاه‌ها تنظیم کنید.</translation>
    </message>
    <message>
        <source>Place a blank card on the reader.</source>
        <translation>یک کارت خام روی کارت‌خوان بگذارید.</translation>
    </message>
    <message>
        <source>Writing the card. Keep it on the reader.</source>
        <translation>در حال نوشتن کارت. کارت را روی کارت‌خوان نگه دارید.</translation>
    </message>
    <message>
        <source>Checking the card. Keep it on the reader.</source>
        <translation>در حال بررسی کارت. کارت را روی کارت‌خوان نگه دارید.</translation>
    </message>
    <message>
        <source>Erasing the card. Keep it on the reader.</source>
        <translation>در حال پاک کردن کارت. کارت را روی کارت‌خوان نگه دارید.</translation>
    </message>
    <message>
        <source>Card %1 was cancelled. Its number will not be used again.</source>
        <extracomment>%1 is the card number that will never be used</extracomment>
        <translation>کارت %1 لغو شد. شماره آن دیگر استفاده نخواهد شد.</translation>
    </message>
    <message>
        <source>The card was taken off the reader while the keys were being written. Put it back and press Retry.</source>
        <translation>کارت هنگام نوشتن کلیدها از روی کارت‌خوان برداشته شد. آن را دوباره بگذارید و «تلاش دوباره» را بزنید.</translation>
    </message>
    <message>
        <source>The card was taken off the reader while the card number was being written. Put it back and press Retry.</source>
        <translation>کارت هنگام نوشتن شماره کارت از روی کارت‌خوان برداشته شد. آن را دوباره بگذارید و «تلاش دوباره» را بزنید.</translation>
    </message>
    <message>
        <source>The card was taken off the reader while it was being checked. Put it back and press Retry.</source>
        <translation>کارت هنگام بررسی از روی کارت‌خوان برداشته شد. آن را دوباره بگذارید و «تلاش دوباره» را بزنید.</translation>
    </message>
    <message>
        <source>The card was taken off the reader while it was being erased. Put it back and press Retry.</source>
        <translation>کارت هنگام پاک شدن از روی کارت‌خوان برداشته شد. آن را دوباره بگذارید و «تلاش دوباره» را بزنید.</translation>
    </message>
    <message>
        <source>The card could not be read. Put it back on the reader and press Retry.</source>
        <translation>کارت خوانده نشد. آن را دوباره روی کارت‌خوان بگذارید و «تلاش دوباره» را بزنید.</translation>
    </message>
    <message>
        <source>This card number cannot be written on a chip (chip cards need 16-digit numbers). Abandon it and change the card type.</source>
        <translation>این شماره کارت را نمی‌توان روی تراشه نوشت (کارت‌های تراشه‌دار به شماره ۱۶ رقمی نیاز دارند). «رها کردن» را بزنید و نوع کارت را تغییر دهید.</translation>
    </message>
    <message>
        <source>This card belongs to another system and cannot be used. Place a blank card on the reader and press Retry.</source>
        <translation>این کارت متعلق به سیستم دیگری است و قابل استفاده نیست. یک کارت خام روی کارت‌خوان بگذارید و «تلاش دوباره» را بزنید.</translation>
    </message>
    <message>
        <source>The card did not keep what was written. Place another blank card on the reader and press Retry, or Abandon.</source>
        <translation>اطلاعات نوشته‌شده روی کارت باقی نماند. کارت خام دیگری روی کارت‌خوان بگذارید و «تلاش دوباره» را بزنید، یا «رها کردن» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The card refused to be written. Place another blank card on the reader and press Retry, or Abandon.</source>
        <translation>کارت اجازه نوشتن نداد. کارت خام دیگری روی کارت‌خوان بگذارید و «تلاش دوباره» را بزنید، یا «رها کردن» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This card already holds a club card. Erase it to use it as a blank, or place a blank card on the reader and press Retry.</source>
        <translation>روی این کارت قبلاً یک کارت باشگاه نوشته شده است. برای استفاده به‌عنوان کارت خام آن را پاک کنید، یا یک کارت خام روی کارت‌خوان بگذارید و «تلاش دوباره» را بزنید.</translation>
    </message>
    <message>
        <source>This card is not blank and is not one of ours, so it cannot be erased. Place a blank card on the reader and press Retry.</source>
        <translation>این کارت نه خام است و نه متعلق به ما، پس نمی‌توان آن را پاک کرد. یک کارت خام روی کارت‌خوان بگذارید و «تلاش دوباره» را بزنید.</translation>
    </message>
    <message>
        <source>The card did not read back correctly. Press Retry to write it again, or Abandon.</source>
        <translation>بازخوانی کارت درست انجام نشد. برای نوشتن دوباره «تلاش دوباره» را بزنید، یا «رها کردن» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Card %1 is active.</source>
        <extracomment>%1 is the card number</extracomment>
        <translation>کارت %1 فعال است.</translation>
    </message>
    <message>
        <source>This card number cannot be written on a magnetic stripe (it needs a 16-digit number and an expiry before 2100). Abandon it and change the card type.</source>
        <translation>این شماره کارت روی نوار مغناطیسی نوشته نمی‌شود (شماره‌ای ۱۶ رقمی و تاریخ انقضایی پیش از ۲۱۰۰ لازم است). «رها کردن» را انتخاب کنید و نوع کارت را تغییر دهید.</translation>
    </message>
    <message>
        <source>Connecting to the card encoder…</source>
        <translation>در حال اتصال به دستگاه کدگذار کارت…</translation>
    </message>
    <message>
        <source>Swipe the card through the encoder to write it.</source>
        <translation>کارت را از شیار دستگاه کدگذار بکشید تا نوشته شود.</translation>
    </message>
    <message>
        <source>Swipe it again to check it.</source>
        <translation>برای بررسی، دوباره آن را بکشید.</translation>
    </message>
    <message>
        <source>The stripe did not read back correctly. Press Retry to write it again, or Abandon.</source>
        <translation>نوار مغناطیسی درست خوانده نشد. برای نوشتن دوباره «تلاش دوباره» را بزنید، یا «رها کردن» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Card %1 was not encoded. It stays in stock.</source>
        <extracomment>%1 is the number of a pre-printed card that stays in stock, not encoded</extracomment>
        <translation>کارت %1 کدگذاری نشد و در موجودی باقی می‌ماند.</translation>
    </message>
    <message>
        <source>Card %1 is encoded.</source>
        <extracomment>%1 is the number of a pre-printed card, written and waiting in stock</extracomment>
        <translation>کارت %1 کدگذاری شد.</translation>
    </message>
    <message>
        <source>This chip already holds card %1, so it was not written. Place a blank card on the reader and press Retry, or skip this card.</source>
        <extracomment>%1 is the number of the card the chip already holds</extracomment>
        <translation>روی این تراشه از قبل کارت %1 نوشته شده است، بنابراین نوشته نشد. یک کارت خام روی کارت‌خوان بگذارید و «تلاش دوباره» را بزنید، یا از این کارت صرف‌نظر کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardEventModel</name>
    <message>
        <source>When</source>
        <extracomment>Column: date and time</extracomment>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column: what happened to the card</extracomment>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardKeysPanel</name>
    <message>
        <source>Card keys</source>
        <translation>کلیدهای کارت</translation>
    </message>
    <message>
        <source>Create the card keys…</source>
        <translation>ایجاد کلیدهای کارت…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>باز کردن قفل…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل کردن</translation>
    </message>
    <message>
        <source>Export for another branch…</source>
        <translation>خروجی برای شعبه دیگر…</translation>
    </message>
    <message>
        <source>Import from another branch…</source>
        <translation>وارد کردن از شعبه دیگر…</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>تغییر عبارت عبور…</translation>
    </message>
    <message>
        <source>New key version…</source>
        <translation>نسخه جدید کلید…</translation>
    </message>
    <message>
        <source>New cards get new keys; cards issued before stay readable.</source>
        <translation>کارت‌های جدید کلیدهای جدید می‌گیرند؛ کارت‌هایی که قبلاً صادر شده‌اند همچنان خوانا می‌مانند.</translation>
    </message>
    <message>
        <source>Cards are written and checked with keys that only this club has. They are kept sealed under a passphrase that a manager chooses; unlock them at the start of a shift to issue or read cards. Another branch imports them from an exported file and a second passphrase.</source>
        <translation>کارت‌ها با کلیدهایی نوشته و بررسی می‌شوند که فقط این باشگاه مشتریان در اختیار دارد. این کلیدها با عبارت عبوری که مدیر فروشگاه انتخاب می‌کند قفل و نگهداری می‌شوند؛ برای صدور یا خواندن کارت، در ابتدای هر شیفت قفل آن‌ها را باز کنید. شعبه دیگر آن‌ها را از یک فایل خروجی و با عبارت عبور دوم وارد می‌کند.</translation>
    </message>
    <message>
        <source>This store has no card keys yet. Create them before issuing chip cards.</source>
        <translation>این فروشگاه هنوز کلید کارت ندارد. پیش از صدور کارت‌های تراشه‌دار آن‌ها را ایجاد کنید.</translation>
    </message>
    <message>
        <source>This store has no card keys yet. A manager must create them.</source>
        <translation>این فروشگاه هنوز کلید کارت ندارد. مدیر فروشگاه باید آن‌ها را ایجاد کند.</translation>
    </message>
    <message>
        <source>Unlocked for this session (key version %1).</source>
        <translation>قفل برای این نشست باز است (نسخه کلید %1).</translation>
    </message>
    <message>
        <source>Locked. Unlock them to issue or read chip cards.</source>
        <translation>قفل است. برای صدور یا خواندن کارت‌های تراشه‌دار قفل را باز کنید.</translation>
    </message>
    <message>
        <source>Unlock the card keys</source>
        <translation>باز کردن قفل کلیدهای کارت</translation>
    </message>
    <message>
        <source>Type the card keys' passphrase.</source>
        <translation>عبارت عبور کلیدهای کارت را وارد کنید.</translation>
    </message>
    <message>
        <source>Create the card keys</source>
        <translation>ایجاد کلیدهای کارت</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %Ln characters. Without it the keys cannot be unlocked: keep it somewhere safe.</source>
        <translation>
            <numerusform>عبارت عبوری با دست‌کم %Ln نویسه انتخاب کنید. بدون آن قفل کلیدها باز نمی‌شود: آن را در جای امنی نگه دارید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the card keys</source>
        <translation>خروجی گرفتن از کلیدهای کارت</translation>
    </message>
    <message>
        <source>Choose a second passphrase for the file. Tell it to the other branch's manager in person or by phone, never with the file.</source>
        <translation>یک عبارت عبور دوم برای فایل انتخاب کنید. آن را حضوری یا تلفنی به مدیر شعبه دیگر بگویید، هرگز همراه فایل نفرستید.</translation>
    </message>
    <message>
        <source>Card keys (*.json)</source>
        <translation>کلیدهای کارت (*.json)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>فایل نوشته نشد: %1</translation>
    </message>
    <message>
        <source>The card keys were exported.</source>
        <translation>از کلیدهای کارت خروجی گرفته شد.</translation>
    </message>
    <message>
        <source>Import the card keys</source>
        <translation>وارد کردن کلیدهای کارت</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>فایل خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Type the file's passphrase, as the other branch told you.</source>
        <translation>عبارت عبور فایل را همان‌طور که شعبه دیگر به شما گفته است وارد کنید.</translation>
    </message>
    <message>
        <source>Type this store's card keys passphrase.</source>
        <translation>عبارت عبور کلیدهای کارت این فروشگاه را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose this store's card keys passphrase.</source>
        <translation>یک عبارت عبور برای کلیدهای کارت این فروشگاه انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln key version(s) imported.</source>
        <translation>
            <numerusform>%Ln نسخه کلید وارد شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>عبارت عبور فعلی را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the new passphrase.</source>
        <translation>عبارت عبور جدید را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>عبارت عبور تغییر کرد.</translation>
    </message>
    <message>
        <source>New key version</source>
        <translation>نسخه جدید کلید</translation>
    </message>
    <message>
        <source>Cards issued from now on will use new keys. Cards issued before stay readable. Other branches must import the keys again. Continue?</source>
        <translation>کارت‌هایی که از این پس صادر شوند از کلیدهای جدید استفاده می‌کنند. کارت‌هایی که قبلاً صادر شده‌اند همچنان خوانا می‌مانند. شعبه‌های دیگر باید کلیدها را دوباره وارد کنند. ادامه می‌دهید؟</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardListModel</name>
    <message>
        <source>Never</source>
        <extracomment>A card without an expiry date</extracomment>
        <translation>بدون انقضا</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>The card's PIN: locked after too many wrong tries</extracomment>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>شماره کارت</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع کارت</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Card status column</extracomment>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Sequence</source>
        <extracomment>Which card of the member this is: 1 for the first, 2 after one replacement...</extracomment>
        <translation>نوبت صدور</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>انقضا</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز کارت</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>PIN</comment>
        <extracomment>The card's PIN: set or not</extracomment>
        <translation>تعیین‌شده</translation>
    </message>
    <message>
        <source>None</source>
        <comment>PIN</comment>
        <translation>ندارد</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardStockTab</name>
    <message>
        <source>In stock</source>
        <extracomment>A pre-printed card that is still in stock</extracomment>
        <translation>موجود در انبار</translation>
    </message>
    <message>
        <source>Distributed</source>
        <extracomment>A pre-printed card handed out to a branch, event or organisation</extracomment>
        <translation>توزیع‌شده</translation>
    </message>
    <message>
        <source>Activated</source>
        <extracomment>A pre-printed card activated and bound to a member</extracomment>
        <translation>فعال‌شده</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>مسدود</translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Column: the batch's number</extracomment>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع کارت</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Numbers</source>
        <extracomment>Column: the first and last card number of a batch</extracomment>
        <translation>شماره‌ها</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>کارت‌ها</translation>
    </message>
    <message>
        <source>Gift value</source>
        <extracomment>Column: money each gift card of the batch carries</extracomment>
        <translation>اعتبار هدیه</translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>Column: when the batch was made</extracomment>
        <translation>تاریخ ساخت</translation>
    </message>
    <message>
        <source>&amp;New Batch…</source>
        <extracomment>Button: make a batch of pre-printed cards</extracomment>
        <translation>دسته جدید…</translation>
    </message>
    <message>
        <source>&amp;Distribute…</source>
        <extracomment>Button: hand out cards of the batch to a branch, event or organisation</extracomment>
        <translation>توزیع…</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <extracomment>Button: block a lost batch or a range of it</extracomment>
        <translation>مسدود کردن…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>&amp;Encode…</source>
        <translation>کدگذاری…</translation>
    </message>
    <message>
        <source>Cards by Branch and State</source>
        <translation>کارت‌ها به تفکیک شعبه و وضعیت</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The first and last card number of a batch</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (promotion)</source>
        <extracomment>A gift batch's value that the club gives away; %1 is the amount</extracomment>
        <translation>%1 (تبلیغاتی)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypeDialog</name>
    <message>
        <source>New Card Type</source>
        <translation>نوع کارت جدید</translation>
    </message>
    <message>
        <source>Edit Card Type — %1</source>
        <extracomment>Window title; %1 is the card type's name</extracomment>
        <translation>ویرایش نوع کارت — %1</translation>
    </message>
    <message>
        <source> digits</source>
        <extracomment>Suffix of the card number length, e.g. "16 digits"</extracomment>
        <translation> رقم</translation>
    </message>
    <message>
        <source>Never expires</source>
        <extracomment>Validity of 0 months: the card never expires</extracomment>
        <translation>بدون انقضا</translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>Suffix of the validity in months, e.g. "24 months"</extracomment>
        <translation> ماه</translation>
    </message>
    <message>
        <source>Cards need a &amp;PIN</source>
        <translation>کارت‌ها به رمز کارت نیاز دارند</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Cards of this type one member may hold: 0 means no limit</extracomment>
        <translation>بدون محدودیت</translation>
    </message>
    <message>
        <source>Issue only from &amp;blank card stock</source>
        <translation>صدور فقط از موجودی کارت‌های خام</translation>
    </message>
    <message>
        <source>A&amp;ctive: new cards of this type can be issued</source>
        <translation>فعال: کارت جدید از این نوع قابل صدور است</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>گونه:</translation>
    </message>
    <message>
        <source>Number p&amp;refix:</source>
        <translation>پیشوند شماره:</translation>
    </message>
    <message>
        <source>Number &amp;length:</source>
        <translation>طول شماره:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>مدت اعتبار:</translation>
    </message>
    <message>
        <source>Cards per &amp;member:</source>
        <translation>تعداد کارت برای هر عضو:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypeModel</name>
    <message>
        <source>Never expires</source>
        <extracomment>Card validity: the card never expires</extracomment>
        <translation>بدون انقضا</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Cards of this type one member may hold: no limit</extracomment>
        <translation>بدون محدودیت</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <extracomment>Blank card stock is not counted for this card type</extracomment>
        <translation>شمارش نمی‌شود</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column: loyalty, gift, discount...</extracomment>
        <translation>گونه</translation>
    </message>
    <message>
        <source>Prefix</source>
        <extracomment>Column: the digits every card number of this type starts with</extracomment>
        <translation>پیشوند</translation>
    </message>
    <message>
        <source>Digits</source>
        <extracomment>Column: how many digits a card number has</extracomment>
        <translation>تعداد ارقام</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>مدت اعتبار</translation>
    </message>
    <message>
        <source>PIN required</source>
        <translation>نیاز به رمز کارت</translation>
    </message>
    <message>
        <source>Per member</source>
        <translation>برای هر عضو</translation>
    </message>
    <message>
        <source>Blank stock</source>
        <extracomment>Column: blank cards on hand at this branch</extracomment>
        <translation>موجودی کارت خام</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Column: whether new cards of this type may be issued</extracomment>
        <translation>فعال</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln ماه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypesPage</name>
    <message>
        <source>Show &amp;inactive types</source>
        <translation>نمایش انواع غیرفعال</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>&amp;New Card Type…</source>
        <translation>نوع کارت جدید…</translation>
    </message>
    <message>
        <source>New card type (%1)</source>
        <translation>نوع کارت جدید (%1)</translation>
    </message>
    <message>
        <source>Card Types</source>
        <extracomment>Side bar page title</extracomment>
        <translation>انواع کارت</translation>
    </message>
    <message>
        <source>No card types yet. Create the first with New Card Type.</source>
        <translation>هنوز هیچ نوع کارتی تعریف نشده است. اولین نوع را با «نوع کارت جدید» بسازید.</translation>
    </message>
    <message>
        <source>&amp;Design Card…</source>
        <extracomment>Opens the designer of the printed card for the selected card type</extracomment>
        <translation>طراحی کارت…</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardsPage</name>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Blank Cards at This Branch</source>
        <translation>کارت‌های خام این شعبه</translation>
    </message>
    <message>
        <source>Type or swipe the card number</source>
        <translation>شماره کارت را تایپ کنید یا کارت را بکشید</translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation>شماره کارت:</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>&amp;Open Member</source>
        <translation>نمایش عضو</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>Card status (active, blocked, replaced)</extracomment>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>عضو:</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <extracomment>Which card of the member this is: 1 for the first, 2 after one replacement...</extracomment>
        <translation>نوبت صدور:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>تاریخ صدور:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>تاریخ انقضا:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>رمز کارت:</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>سابقه:</translation>
    </message>
    <message>
        <source>&amp;Add Stock…</source>
        <translation>افزودن موجودی…</translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>Tab of the Cards page: find a card, its details and history, blank card stock
----------
Side bar page title</extracomment>
        <translation>کارت‌ها</translation>
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
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>بدون انقضا</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %Ln wrong tries</source>
        <extracomment>PIN state of a card; %Ln wrong tries</extracomment>
        <translation>
            <numerusform>پس از %Ln تلاش نادرست قفل می‌شود</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Batch Issue…</source>
        <translation>صدور گروهی…</translation>
    </message>
    <message>
        <source>Batch Issue Cards</source>
        <translation>صدور گروهی کارت</translation>
    </message>
    <message>
        <source>There are no member groups. Put the members who get cards in a group first.</source>
        <translation>هیچ گروه اعضایی وجود ندارد. ابتدا اعضایی را که کارت می‌گیرند در یک گروه قرار دهید.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln member(s))</source>
        <extracomment>A member group in a list: its name and how many members it has</extracomment>
        <translation>
            <numerusform>%1 (%Ln عضو)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue a card to each member of:</source>
        <translation>صدور کارت برای همه اعضای:</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>PIN</comment>
        <extracomment>PIN state of a card</extracomment>
        <translation>تعیین‌شده</translation>
    </message>
    <message>
        <source>None</source>
        <comment>PIN</comment>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Card Stock</source>
        <extracomment>Tab of the Cards page: batches of pre-printed cards made without members</extracomment>
        <translation>موجودی کارت</translation>
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
        <translation>فقط هدایا</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>نمایش غیرفعال‌ها</translation>
    </message>
    <message>
        <source>New G&amp;roup…</source>
        <translation>گروه جدید…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>جابه‌جایی…</translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation>کالای جدید…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation>گروه‌های کالا</translation>
    </message>
    <message>
        <source>Code, barcode or name (Ctrl+F)</source>
        <translation>کد، بارکد یا نام (Ctrl+F)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>بارکد</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Gift for points</source>
        <translation>هدیه در ازای امتیاز</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>کالای جدید</translation>
    </message>
    <message>
        <source>Catalog</source>
        <extracomment>Side bar page title</extracomment>
        <translation>فهرست کالاها</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>همه کالاها</translation>
    </message>
    <message>
        <source>No products match.</source>
        <translation>هیچ کالایی پیدا نشد.</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>نام گروه جدید:</translation>
    </message>
    <message>
        <source>Name of the new group inside %1:</source>
        <translation>نام گروه جدید در %1:</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>گروه جدید</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>تغییر نام گروه</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>نام جدید:</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(بدون گروه والد)</translation>
    </message>
    <message>
        <source>Move Group</source>
        <extracomment>%1 is the group being moved</extracomment>
        <translation>جابه‌جایی گروه</translation>
    </message>
    <message>
        <source>Move %1 into:</source>
        <translation>جابه‌جایی %1 به:</translation>
    </message>
    <message>
        <source>&amp;Warranty Period…</source>
        <translation>مدت گارانتی…</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>کالاها</translation>
    </message>
    <message>
        <source>C&amp;harities</source>
        <extracomment>Tab of the Catalog page: charities members may donate points to</extracomment>
        <translation>مؤسسات خیریه</translation>
    </message>
    <message>
        <source>Warranty Period</source>
        <extracomment>%1 is the product's name; 0 months means the product has no default warranty</extracomment>
        <translation>مدت گارانتی</translation>
    </message>
    <message>
        <source>Default warranty of %1 in months (0: none):</source>
        <translation>گارانتی پیش‌فرض %1 به ماه (۰: بدون گارانتی):</translation>
    </message>
    <message numerus="yes">
        <source>%1: warranty of %Ln month(s).</source>
        <translation>
            <numerusform>%1: گارانتی %Ln ماهه.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no default warranty.</source>
        <translation>%1: بدون گارانتی پیش‌فرض.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CharitiesPanel</name>
    <message>
        <source>&amp;New Charity…</source>
        <translation>مؤسسه خیریه جدید…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>مؤسسه خیریه</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Donations</source>
        <extracomment>Column: how many donations the charity received</extracomment>
        <translation>تعداد اهدا</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Column: the money value of the donated points</extracomment>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>No charities yet.</source>
        <translation>هنوز هیچ مؤسسه خیریه‌ای ثبت نشده است.</translation>
    </message>
    <message>
        <source>Turn &amp;On</source>
        <translation>فعال کردن</translation>
    </message>
    <message>
        <source>Turn &amp;Off</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>New Charity</source>
        <translation>مؤسسه خیریه جدید</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Rename Charity</source>
        <translation>تغییر نام مؤسسه خیریه</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>فایل نوشته نشد: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Export Donations</source>
        <extracomment>Default file name of the donations export</extracomment>
        <translation>خروجی اهداها</translation>
    </message>
    <message>
        <source>donations</source>
        <translation>اهداها</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::CountSheetDialog</name>
    <message>
        <source>&amp;Post Adjustments…</source>
        <extracomment>Posts the differences of a stock count as adjustments</extracomment>
        <translation>ثبت اصلاحات موجودی…</translation>
    </message>
    <message>
        <source>Stock Count of %1</source>
        <extracomment>Dialog title; %1 is the warehouse</extracomment>
        <translation>انبارگردانی %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>System</source>
        <translation>موجودی سیستم</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>شمارش‌شده</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>مغایرت</translation>
    </message>
    <message>
        <source>Differences between the system and the count:</source>
        <translation>مغایرت‌های سیستم و شمارش:</translation>
    </message>
    <message>
        <source>Count sheet opened %1. Type what is on the shelves; Enter saves a line and moves down.</source>
        <extracomment>%1 is when the count sheet was opened</extracomment>
        <translation>برگه شمارش در %1 باز شد. موجودی قفسه‌ها را وارد کنید؛ Enter هر ردیف را ذخیره می‌کند و به ردیف بعد می‌رود.</translation>
    </message>
    <message>
        <source>Product %1</source>
        <extracomment>A product the catalog no longer lists; %1 is its number</extracomment>
        <translation>کالای %1</translation>
    </message>
    <message>
        <source>A manager must post the count: ask a manager to log in and post this sheet.</source>
        <translation>ثبت انبارگردانی با مدیر فروشگاه است: از یک مدیر فروشگاه بخواهید وارد شود و این برگه را ثبت کند.</translation>
    </message>
    <message>
        <source>No line differs from the system. Close the count sheet?</source>
        <extracomment>Confirmation before posting a stock count</extracomment>
        <translation>هیچ ردیفی با سیستم مغایرت ندارد. برگه شمارش بسته شود؟</translation>
    </message>
    <message numerus="yes">
        <source>Post %Ln adjustment(s) to the stock of %1? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln مورد اصلاح در موجودی %1 ثبت شود؟ این کار قابل بازگشت نیست.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::CreditPage</name>
    <message>
        <source>Choose &amp;Member…</source>
        <translation>انتخاب عضو…</translation>
    </message>
    <message>
        <source>&amp;Take Payment…</source>
        <translation>دریافت پرداخت…</translation>
    </message>
    <message>
        <source>Open Installment &amp;Plan…</source>
        <translation>ایجاد طرح اقساط…</translation>
    </message>
    <message>
        <source>S&amp;ettle Plan…</source>
        <translation>تسویه طرح…</translation>
    </message>
    <message>
        <source>Set &amp;Limit…</source>
        <translation>تعیین سقف…</translation>
    </message>
    <message>
        <source>&amp;Charge Gift Card…</source>
        <translation>شارژ کارت هدیه…</translation>
    </message>
    <message>
        <source>&amp;Return a Gift Card Charge…</source>
        <translation>برگشت شارژ کارت هدیه…</translation>
    </message>
    <message>
        <source>&amp;Buy Points…</source>
        <translation>خرید امتیاز…</translation>
    </message>
    <message>
        <source>Find the member by name, mobile or card number (Ctrl+F)</source>
        <translation>جستجوی عضو با نام، تلفن همراه یا شماره کارت (Ctrl+F)</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>وضعیت حساب</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>سقف:</translation>
    </message>
    <message>
        <source>Owed:</source>
        <translation>بدهی:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>قابل استفاده:</translation>
    </message>
    <message>
        <source>In installments:</source>
        <translation>در اقساط:</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Columns of a credit statement
----------
Columns of the member's gift card charges</extracomment>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <source>Opening:</source>
        <translation>مانده اول دوره:</translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation>مانده پایان دوره:</translation>
    </message>
    <message>
        <source>Plan / No.</source>
        <extracomment>Columns of the installment plans</extracomment>
        <translation>طرح / شماره</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>باقی‌مانده</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>Columns of the member's gift cards</extracomment>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Stored value:</source>
        <translation>اعتبار هدیه:</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Columns of the aging report: days past due</extracomment>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>بدهی</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>هنوز سررسید نشده</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>۱–۳۰ روز</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>۳۱–۶۰ روز</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>۶۱–۹۰ روز</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>بیش از ۹۰ روز</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>تا تاریخ:</translation>
    </message>
    <message>
        <source>Double-click a member to open their credit.</source>
        <translation>برای باز کردن اعتبار هر عضو، روی آن دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <source>&amp;Installments</source>
        <translation>اقساط</translation>
    </message>
    <message>
        <source>&amp;Gift Cards and Points</source>
        <translation>کارت‌های هدیه و امتیاز</translation>
    </message>
    <message>
        <source>&amp;Aging</source>
        <translation>سن بدهی</translation>
    </message>
    <message>
        <source>No member chosen.</source>
        <translation>هیچ عضوی انتخاب نشده است.</translation>
    </message>
    <message>
        <source>Credit and installments</source>
        <translation>اعتبار و اقساط</translation>
    </message>
    <message>
        <source>Choose Member</source>
        <translation>انتخاب عضو</translation>
    </message>
    <message>
        <source>(the member's own limit)</source>
        <translation>(سقف اختصاصی عضو)</translation>
    </message>
    <message>
        <source>(limit of the card type %1)</source>
        <extracomment>%1 is a card type's name</extracomment>
        <translation>(سقف نوع کارت %1)</translation>
    </message>
    <message>
        <source>(limit of the card type)</source>
        <translation>(سقف نوع کارت)</translation>
    </message>
    <message>
        <source>(no credit allowed)</source>
        <translation>(خرید اعتباری مجاز نیست)</translation>
    </message>
    <message>
        <source>%1 paid ahead</source>
        <translation>%1 پیش‌پرداخت</translation>
    </message>
    <message>
        <source>Purchase on credit</source>
        <translation>خرید اعتباری</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>بخشی پرداخت‌شده</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>معوق</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The totals row of the aging report</extracomment>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>installment %1 of plan %2 (due %3)</source>
        <extracomment>An installment: %1 its number, %2 its plan's number, %3 its due date</extracomment>
        <translation>قسط %1 از طرح %2 (سررسید %3)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 an amount, %2 which installment</extracomment>
        <translation>%1 بابت %2</translation>
    </message>
    <message>
        <source>%1 to the debt outside plans</source>
        <translation>%1 بابت بدهی خارج از طرح‌ها</translation>
    </message>
    <message>
        <source>Payment Taken</source>
        <translation>پرداخت دریافت شد</translation>
    </message>
    <message>
        <source>%1 taken. Still owed: %2.
%3</source>
        <extracomment>%1 amount paid, %2 what is still owed, %3 lines of where it went</extracomment>
        <translation>مبلغ %1 دریافت شد. بدهی باقی‌مانده: %2.
%3</translation>
    </message>
    <message>
        <source>Settle Plan</source>
        <translation>تسویه طرح</translation>
    </message>
    <message>
        <source>The member pays %1 now and the plan is settled. Go ahead?</source>
        <extracomment>%1 the amount still expected by the plan</extracomment>
        <translation>عضو اکنون %1 پرداخت می‌کند و طرح تسویه می‌شود. ادامه می‌دهید؟</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 (%Ln installment(s))</source>
        <extracomment>An installment plan in the list: %1 its number, %Ln the number of installments</extracomment>
        <translation>
            <numerusform>طرح %1 (%Ln قسط)</numerusform>
        </translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>امتیاز:</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>شارژها:</translation>
    </message>
    <message>
        <source>The central server keeps the chain's credit: installment plans, limits and returns of charges cannot be recorded at this desk.</source>
        <translation>اعتبار فروشگاه‌های زنجیره نزد سرور مرکزی است: طرح اقساط، سقف اعتبار و برگشت شارژ را نمی‌توان در این میز ثبت کرد.</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>در حال خواندن ارقام…</translation>
    </message>
    <message>
        <source>As the central server has them: every branch's operations are included.</source>
        <translation>همان‌طور که در سرور مرکزی ثبت است: عملیات همه شعبه‌ها در آن آمده است.</translation>
    </message>
    <message numerus="yes">
        <source>The central server cannot be reached: these figures are this desk's own records and miss what other branches did. %Ln operation(s) of this desk wait to be sent.</source>
        <extracomment>Shown over a member's credit figures when the central server does not answer</extracomment>
        <translation>
            <numerusform>سرور مرکزی در دسترس نیست: این ارقام سوابق خود این میز است و عملیات شعبه‌های دیگر در آن نیامده است. %Ln عملیات این میز در انتظار ارسال است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>State of a gift card charge</extracomment>
        <translation>برگشت‌داده‌شده</translation>
    </message>
    <message>
        <source>Given by the club</source>
        <translation>اهدایی باشگاه</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 the points that may be spent now, %2 all points (some still pending)</extracomment>
        <translation>%1 از %2</translation>
    </message>
</context>
<context>
    <name>Club::Ui::DateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>Shown in an optional date field that has no date</extracomment>
        <translation>بدون تاریخ</translation>
    </message>
</context>
<context>
    <name>Club::Ui::DeviceMessages</name>
    <message>
        <source>The smart card service (pcscd) is not running. Start it, or ask your administrator.</source>
        <translation>سرویس کارت هوشمند (pcscd) در حال اجرا نیست. آن را راه‌اندازی کنید یا از مدیر سیستم کمک بخواهید.</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the reader and try again.</source>
        <translation>هیچ کارت‌خوانی وصل نیست. کارت‌خوان را وصل کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The card reader chosen in the device settings is not connected.</source>
        <translation>کارت‌خوانی که در تنظیمات دستگاه‌ها انتخاب شده وصل نیست.</translation>
    </message>
    <message>
        <source>There is no card on the reader. Place the card on the reader and try again.</source>
        <translation>کارتی روی کارت‌خوان نیست. کارت را روی کارت‌خوان بگذارید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The card was taken off the reader too soon. Place it on the reader again and keep it there until the work is done.</source>
        <translation>کارت خیلی زود از روی کارت‌خوان برداشته شد. آن را دوباره روی کارت‌خوان بگذارید و تا پایان کار همان‌جا نگه دارید.</translation>
    </message>
    <message>
        <source>The card does not answer. It may be damaged or of an unsupported kind.</source>
        <translation>کارت پاسخ نمی‌دهد. ممکن است آسیب‌دیده یا از نوعی باشد که پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <source>Another program is using the card reader. Close it and try again.</source>
        <translation>برنامه دیگری از کارت‌خوان استفاده می‌کند. آن را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The card reader did not answer in time. Check the reader and try again.</source>
        <translation>کارت‌خوان به‌موقع پاسخ نداد. کارت‌خوان را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The card reader reported an error. Try again; if it persists, reconnect the reader.</source>
        <translation>کارت‌خوان خطا گزارش کرد. دوباره تلاش کنید؛ اگر خطا تکرار شد، کارت‌خوان را جدا و دوباره وصل کنید.</translation>
    </message>
    <message>
        <source>The card refused the club's keys. It is not one of our cards, or it belongs to another club.</source>
        <translation>کارت کلیدهای باشگاه مشتریان را نپذیرفت. این کارت از کارت‌های ما نیست یا به باشگاه دیگری تعلق دارد.</translation>
    </message>
    <message>
        <source>The card refused to be read or written. It may be locked or damaged.</source>
        <translation>کارت اجازه خواندن یا نوشتن نداد. ممکن است قفل یا آسیب‌دیده باشد.</translation>
    </message>
    <message>
        <source>The card gave an unexpected answer. It may be of an unsupported kind.</source>
        <translation>کارت پاسخ غیرمنتظره‌ای داد. ممکن است از نوعی باشد که پشتیبانی نمی‌شود.</translation>
    </message>
    <message>
        <source>The card encoder's port could not be opened. Check the port in the device settings and that the encoder is plugged in.</source>
        <translation>درگاه دستگاه کدگذار کارت باز نشد. درگاه را در تنظیمات دستگاه‌ها بررسی کنید و مطمئن شوید کدگذار وصل است.</translation>
    </message>
    <message>
        <source>The card encoder is not connected.</source>
        <translation>دستگاه کدگذار کارت وصل نیست.</translation>
    </message>
    <message>
        <source>The card encoder is still busy with the previous card.</source>
        <translation>دستگاه کدگذار کارت هنوز مشغول کارت قبلی است.</translation>
    </message>
    <message>
        <source>The data does not fit on the magnetic stripe.</source>
        <translation>داده‌ها روی نوار مغناطیسی جا نمی‌شوند.</translation>
    </message>
    <message>
        <source>The card encoder did not answer in time. Check that it is plugged in and switched on.</source>
        <translation>دستگاه کدگذار کارت به‌موقع پاسخ نداد. بررسی کنید که وصل و روشن باشد.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <source>The card encoder gave an answer this program does not understand. Check the encoder model in the device settings.</source>
        <translation>دستگاه کدگذار کارت پاسخی داد که این برنامه آن را نمی‌فهمد. مدل کدگذار را در تنظیمات دستگاه‌ها بررسی کنید.</translation>
    </message>
    <message>
        <source>The stripe could not be read or written. Swipe the card again, evenly and at a steady speed.</source>
        <translation>نوار مغناطیسی خوانده یا نوشته نشد. کارت را دوباره، یکنواخت و با سرعت ثابت بکشید.</translation>
    </message>
    <message>
        <source>The card encoder refused the command. Check the encoder model in the device settings.</source>
        <translation>دستگاه کدگذار کارت فرمان را نپذیرفت. مدل کدگذار را در تنظیمات دستگاه‌ها بررسی کنید.</translation>
    </message>
    <message>
        <source>The swipe was not good enough to write the card. Swipe it again.</source>
        <translation>کشیدن کارت برای نوشتن آن کافی نبود. کارت را دوباره بکشید.</translation>
    </message>
    <message>
        <source>The card encoder refused the setting (for example high or low coercivity).</source>
        <translation>دستگاه کدگذار کارت این تنظیم را نپذیرفت (برای نمونه Hi-Co یا Lo-Co).</translation>
    </message>
    <message>
        <source>The connection to the card encoder was lost. Check the cable.</source>
        <translation>اتصال به دستگاه کدگذار کارت قطع شد. کابل را بررسی کنید.</translation>
    </message>
    <message>
        <source>The card encoder reported an error.</source>
        <translation>دستگاه کدگذار کارت خطا گزارش کرد.</translation>
    </message>
    <message>
        <source>The card could not be read. Place it on the reader again and keep it there for a moment.</source>
        <translation>کارت خوانده نشد. آن را دوباره روی کارت‌خوان بگذارید و لحظه‌ای نگه دارید.</translation>
    </message>
    <message>
        <source>The receipt printer could not be opened. Check the port or device in the device settings and that the printer is on.</source>
        <translation>چاپگر رسید باز نشد. درگاه یا دستگاه را در تنظیمات دستگاه‌ها بررسی کنید و مطمئن شوید چاپگر روشن است.</translation>
    </message>
    <message>
        <source>Sending to the receipt printer failed. Check the cable and the printer.</source>
        <translation>ارسال به چاپگر رسید ناموفق بود. کابل و چاپگر را بررسی کنید.</translation>
    </message>
    <message>
        <source>The receipt printer stopped taking data. Check for a paper jam, an open cover or an empty roll.</source>
        <translation>چاپگر رسید دیگر داده دریافت نمی‌کند. گیر کردن کاغذ، باز بودن درپوش یا تمام شدن رول کاغذ را بررسی کنید.</translation>
    </message>
    <message>
        <source>The receipt printer is still printing the previous receipt.</source>
        <translation>چاپگر رسید هنوز در حال چاپ رسید قبلی است.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>چاپ لغو شد.</translation>
    </message>
    <message>
        <source>The receipt printer reported an error.</source>
        <translation>چاپگر رسید خطا گزارش کرد.</translation>
    </message>
    <message>
        <source>The club's card keys are locked, so this card cannot be checked. A manager can unlock them on the Devices page.</source>
        <translation>کلیدهای کارت باشگاه قفل هستند، بنابراین این کارت بررسی نمی‌شود. مدیر فروشگاه می‌تواند در صفحه دستگاه‌ها قفل آن‌ها را باز کند.</translation>
    </message>
    <message>
        <source>This club has no card keys yet, so cards cannot be written or checked. A manager creates them on the Devices page, under Card keys.</source>
        <translation>این باشگاه هنوز کلید کارت ندارد، بنابراین نمی‌توان کارت‌ها را نوشت یا بررسی کرد. مدیر فروشگاه آن‌ها را در صفحه «دستگاه‌ها»، بخش «کلیدهای کارت» ایجاد می‌کند.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>These settings belong to this computer: each desk chooses its own reader, encoder and printer.</source>
        <translation>این تنظیمات مربوط به همین رایانه است: هر میز کارت‌خوان، کدگذار و چاپگر خود را انتخاب می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Save device settings</source>
        <translation>ذخیره تنظیمات دستگاه‌ها</translation>
    </message>
    <message>
        <source>Contactless card reader</source>
        <translation>کارت‌خوان بدون تماس</translation>
    </message>
    <message>
        <source>The reader's name, or a pattern such as "ACS ACR122U*". Leave it empty to use the first reader.</source>
        <translation>نام کارت‌خوان، یا الگویی مانند "ACS ACR122U*". برای استفاده از اولین کارت‌خوان، خالی بگذارید.</translation>
    </message>
    <message>
        <source>Open the member when a card is placed on the reader</source>
        <translation>با گذاشتن کارت روی کارت‌خوان، عضو باز شود</translation>
    </message>
    <message>
        <source>Test the reader</source>
        <translation>آزمایش کارت‌خوان</translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation>کارت‌خوان:</translation>
    </message>
    <message>
        <source>Magnetic stripe</source>
        <translation>نوار مغناطیسی</translation>
    </message>
    <message>
        <source>A swipe on a keyboard swipe reader opens the member, on any page</source>
        <translation>کشیدن کارت روی کارت‌خوان صفحه‌کلیدی، در هر صفحه‌ای عضو را باز می‌کند</translation>
    </message>
    <message>
        <source>No encoder</source>
        <translation>بدون کدگذار</translation>
    </message>
    <message>
        <source>Pick the port, or type its full path (for example /dev/ttyUSB0 or COM3).</source>
        <translation>درگاه را انتخاب کنید یا مسیر کامل آن را بنویسید (برای نمونه /dev/ttyUSB0 یا COM3).</translation>
    </message>
    <message>
        <source>High coercivity (Hi-Co, lasts longer)</source>
        <translation>وادارندگی بالا (Hi-Co، ماندگارتر)</translation>
    </message>
    <message>
        <source>Low coercivity (Lo-Co)</source>
        <translation>وادارندگی پایین (Lo-Co)</translation>
    </message>
    <message>
        <source>Test the encoder</source>
        <translation>آزمایش کدگذار</translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation>کدگذار:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <source>Stripe:</source>
        <translation>نوار مغناطیسی:</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>چاپگر رسید</translation>
    </message>
    <message>
        <source>A serial port (/dev/ttyS0, COM1) or a printer device such as /dev/usb/lp0. Leave it empty when there is no receipt printer.</source>
        <translation>یک درگاه سریال (/dev/ttyS0، COM1) یا دستگاه چاپگری مانند /dev/usb/lp0. اگر چاپگر رسید ندارید، خالی بگذارید.</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>چاپ رسید آزمایشی</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>چاپگر:</translation>
    </message>
    <message>
        <source>Speed (baud):</source>
        <translation>سرعت (baud):</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>کاغذ:</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>در حال استفاده: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>در حال آزمایش…</translation>
    </message>
    <message>
        <source>The reader answers. Place a card on it to test reading.</source>
        <translation>کارت‌خوان پاسخ می‌دهد. برای آزمایش خواندن، یک کارت روی آن بگذارید.</translation>
    </message>
    <message>
        <source>The reader works. Card on the reader: chip …%1</source>
        <translation>کارت‌خوان کار می‌کند. کارت روی کارت‌خوان: تراشه …%1</translation>
    </message>
    <message>
        <source>Choose the encoder and its port first.</source>
        <translation>ابتدا کدگذار و درگاه آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The encoder answered and is set for high-coercivity cards.</source>
        <translation>کدگذار پاسخ داد و برای کارت‌های Hi-Co (وادارندگی بالا) تنظیم شده است.</translation>
    </message>
    <message>
        <source>The encoder answered and is set for low-coercivity cards.</source>
        <translation>کدگذار پاسخ داد و برای کارت‌های Lo-Co (وادارندگی پایین) تنظیم شده است.</translation>
    </message>
    <message>
        <source>Type the receipt printer's port or device first.</source>
        <translation>ابتدا درگاه یا دستگاه چاپگر رسید را وارد کنید.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>در حال چاپ…</translation>
    </message>
    <message>
        <source>The test receipt was sent to the printer.</source>
        <translation>رسید آزمایشی به چاپگر فرستاده شد.</translation>
    </message>
    <message>
        <source>%1 mm paper</source>
        <extracomment>Receipt paper width, e.g. "80 mm paper"</extracomment>
        <translation>کاغذ %1 میلی‌متری</translation>
    </message>
</context>
<context>
    <name>Club::Ui::DonationDialog</name>
    <message>
        <source>Donate Points of %1</source>
        <extracomment>Dialog title; %1 is the member's name</extracomment>
        <translation>اهدای امتیاز %1</translation>
    </message>
    <message>
        <source>Worth %1</source>
        <extracomment>What the donated points are worth in money</extracomment>
        <translation>به ارزش %1</translation>
    </message>
    <message>
        <source>&amp;Charity:</source>
        <translation>مؤسسه خیریه:</translation>
    </message>
    <message>
        <source>Available now:</source>
        <translation>قابل استفاده اکنون:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>امتیاز:</translation>
    </message>
    <message>
        <source>Card P&amp;IN:</source>
        <translation>رمز کارت:</translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation>اهدا</translation>
    </message>
    <message>
        <source>No charity is set up. A manager adds them on the Catalog page.</source>
        <translation>هیچ مؤسسه خیریه‌ای تعریف نشده است. مدیر فروشگاه آن‌ها را در صفحه فهرست کالاها اضافه می‌کند.</translation>
    </message>
    <message>
        <source>Enter the points to donate.</source>
        <translation>امتیازی را که می‌خواهید اهدا شود وارد کنید.</translation>
    </message>
    <message>
        <source>Customer club</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Donation receipt</source>
        <extracomment>Receipt heading</extracomment>
        <translation>رسید اهدا</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>A masked card number: only its last four digits are printed</extracomment>
        <translation>کارت</translation>
    </message>
    <message>
        <source>…%1</source>
        <translation>…%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Charity</source>
        <translation>مؤسسه خیریه</translation>
    </message>
    <message>
        <source>Points donated</source>
        <translation>امتیاز اهداشده</translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>On the donation receipt: the money value of the donated points</extracomment>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Points left</source>
        <translation>امتیاز باقی‌مانده</translation>
    </message>
    <message>
        <source>Thank you for your kindness.</source>
        <translation>از نیکوکاری شما سپاسگزاریم.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::EncodeCardDialog</name>
    <message>
        <source>Encode the Card</source>
        <translation>کدگذاری کارت</translation>
    </message>
    <message>
        <source>Card %1 for %2</source>
        <extracomment>%1 is the card number, %2 the member's name</extracomment>
        <translation>کارت %1 برای %2</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <extracomment>Button: write the card again after a failure</extracomment>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>&amp;Erase the Card</source>
        <extracomment>Button: erase a card of ours so it can be written as a blank</extracomment>
        <translation>پاک کردن کارت</translation>
    </message>
    <message>
        <source>&amp;Abandon</source>
        <extracomment>Button: give up encoding; the card number is cancelled</extracomment>
        <translation>رها کردن</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>در حال آماده‌سازی…</translation>
    </message>
    <message>
        <source>Print the Card…</source>
        <extracomment>Button: print this card with its card type's design, on a printer or to a PDF</extracomment>
        <translation>چاپ کارت…</translation>
    </message>
</context>
<context>
    <name>Club::Ui::EngagementPage</name>
    <message>
        <source>&amp;Lotteries</source>
        <extracomment>Tab: lottery draws and contests for members</extracomment>
        <translation>قرعه‌کشی‌ها</translation>
    </message>
    <message>
        <source>S&amp;urveys</source>
        <translation>نظرسنجی‌ها</translation>
    </message>
    <message>
        <source>Engagement</source>
        <extracomment>Side bar page: lotteries, contests and surveys for members</extracomment>
        <translation>مشارکت</translation>
    </message>
</context>
<context>
    <name>Club::Ui::FieldErrors</name>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the log.</source>
        <translation>مشکلی پیش آمد. جزئیات در فایل گزارش برنامه ثبت شده است.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::FundedCreditDialog</name>
    <message>
        <source>The organisation &amp;pays for this person's credit purchases</source>
        <translation>سازمان هزینه خریدهای اعتباری این شخص را پرداخت می‌کند</translation>
    </message>
    <message>
        <source>Organisation Credit for %1</source>
        <extracomment>%1 is a member's name</extracomment>
        <translation>اعتبار سازمانی برای %1</translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation>سقف اعتبار:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>The limit is the person's credit limit; they need a credit card of the club to buy on it. Purchases and returns appear on the organisation's statement.</source>
        <translation>این مبلغ، سقف اعتبار این شخص است؛ برای خرید با آن به کارت اعتباری باشگاه نیاز دارد. خریدها و مرجوعی‌ها در صورت‌حساب سازمان می‌آیند.</translation>
    </message>
    <message>
        <source>Enter the limit as a whole amount.</source>
        <translation>سقف را به‌صورت مبلغ صحیح (بدون اعشار) وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::GiftChargeDialog</name>
    <message>
        <source>Charge Gift Card</source>
        <translation>شارژ کارت هدیه</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>کارت:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <source>C&amp;harge</source>
        <translation>شارژ</translation>
    </message>
    <message>
        <source>The member has no active gift card.</source>
        <translation>این عضو کارت هدیه فعالی ندارد.</translation>
    </message>
    <message>
        <source>Enter the amount the customer pays.</source>
        <translation>مبلغی را که مشتری پرداخت می‌کند وارد کنید.</translation>
    </message>
    <message>
        <source>Charge %1 on card %2?</source>
        <extracomment>%1 amount, %2 card number</extracomment>
        <translation>مبلغ %1 روی کارت %2 شارژ شود؟</translation>
    </message>
    <message>
        <source>The central server cannot be reached. The charge is kept and sent when it is back (pending sync).</source>
        <translation>دسترسی به سرور مرکزی ممکن نیست. شارژ نگه داشته می‌شود و پس از برقراری دوباره اتصال ارسال خواهد شد (در انتظار همگام‌سازی).</translation>
    </message>
</context>
<context>
    <name>Club::Ui::GiftDialog</name>
    <message>
        <source>Gift for points</source>
        <translation>هدیه در ازای امتیاز</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>هدیه</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>موجود در انبار</translation>
    </message>
    <message>
        <source>&amp;Give the gift…</source>
        <translation>اهدای هدیه…</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>تعداد:</translation>
    </message>
    <message>
        <source>Costs:</source>
        <translation>امتیاز لازم:</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln point(s) to spend.</source>
        <translation>
            <numerusform>%1 %Ln امتیاز قابل استفاده دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>شمارش نشده</translation>
    </message>
    <message>
        <source>No gift is in stock.</source>
        <translation>هیچ هدیه‌ای در انبار موجود نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln امتیاز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %1 × %2 for %Ln point(s)?</source>
        <translation>
            <numerusform>%1 × %2 در ازای %Ln امتیاز اهدا شود؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gift recorded: %Ln point(s) spent.</source>
        <translation>
            <numerusform>هدیه ثبت شد: %Ln امتیاز خرج شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The central server cannot be reached: %1 may spend up to %Ln point(s) offline.</source>
        <extracomment>%1 the member's name</extracomment>
        <translation>
            <numerusform>دسترسی به سرور مرکزی ممکن نیست: %1 در حالت آفلاین حداکثر %Ln امتیاز می‌تواند خرج کند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gift kept for the central server (pending sync): %Ln point(s) to spend.</source>
        <translation>
            <numerusform>هدیه برای ارسال به سرور مرکزی نگه داشته شد (در انتظار همگام‌سازی): %Ln امتیاز کسر خواهد شد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::GiftReturnDialog</name>
    <message>
        <source>Return Gift Card Charge</source>
        <translation>برگشت شارژ کارت هدیه</translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>Columns of a gift card's charges</extracomment>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Charged on</source>
        <translation>تاریخ شارژ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>The whole charge is paid back in money and the card is blocked. A charge whose value was partly spent cannot be returned.</source>
        <translation>کل مبلغ شارژ به‌صورت نقدی بازپرداخت و کارت مسدود می‌شود. شارژی که بخشی از آن خرج شده باشد، قابل برگشت نیست.</translation>
    </message>
    <message>
        <source>&amp;Return Charge</source>
        <translation>برگشت شارژ</translation>
    </message>
    <message>
        <source>Choose the charge to return.</source>
        <translation>شارژی را که باید برگشت داده شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>Pay back %1 and block the card?</source>
        <translation>مبلغ %1 بازپرداخت و کارت مسدود شود؟</translation>
    </message>
    <message>
        <source>This charge cannot be returned: some of the value it put on the card has already been spent.</source>
        <translation>این شارژ قابل برگشت نیست: بخشی از اعتباری که روی کارت گذاشته، خرج شده است.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::GuildsTab</name>
    <message>
        <source>Guilds</source>
        <translation>صنف‌ها</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>صنف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
</context>
<context>
    <name>Club::Ui::InventoryPage</name>
    <message>
        <source>&amp;Low stock only</source>
        <translation>فقط کمبود موجودی</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>دریافت کالا…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>انتقال…</translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation>اصلاح موجودی…</translation>
    </message>
    <message>
        <source>Stock &amp;Count…</source>
        <translation>انبارگردانی…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>حداقل</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>مرجع</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Record a purchase receipt into this warehouse</source>
        <translation>ثبت رسید خرید در این انبار</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <extracomment>Before the warehouse chooser</extracomment>
        <translation>انبار:</translation>
    </message>
    <message>
        <source>Inventory</source>
        <extracomment>Side bar page title</extracomment>
        <translation>انبار</translation>
    </message>
    <message>
        <source>Purchase receipt</source>
        <translation>رسید خرید</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>Gift given</source>
        <translation>اهدای هدیه</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>انتقال (خروجی)</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>انتقال (ورودی)</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>اصلاح موجودی</translation>
    </message>
    <message>
        <source>Stock count adjustment</source>
        <translation>اصلاح ناشی از انبارگردانی</translation>
    </message>
    <message>
        <source>Add or remove stock with a reason</source>
        <translation>افزایش یا کاهش موجودی با ذکر دلیل</translation>
    </message>
    <message>
        <source>Only a manager adjusts stock by hand; a stock count corrects it too.</source>
        <translation>فقط مدیر فروشگاه می‌تواند موجودی را دستی اصلاح کند؛ انبارگردانی نیز موجودی را اصلاح می‌کند.</translation>
    </message>
    <message>
        <source>No warehouse yet. A manager creates the warehouses of each branch.</source>
        <translation>هنوز انباری وجود ندارد. انبارهای هر شعبه را مدیر فروشگاه تعریف می‌کند.</translation>
    </message>
    <message>
        <source>Low stock</source>
        <extracomment>The state of a stock level at or below its minimum</extracomment>
        <translation>کمبود موجودی</translation>
    </message>
    <message>
        <source>Nothing is low on stock here.</source>
        <translation>در اینجا کالایی با کمبود موجودی وجود ندارد.</translation>
    </message>
    <message>
        <source>No stock in this warehouse yet. Record a receipt.</source>
        <translation>هنوز موجودی‌ای در این انبار ثبت نشده است. یک رسید خرید ثبت کنید.</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <extracomment>An operator whose name the viewer may not read; %1 is their number</extracomment>
        <translation>کاربر %1</translation>
    </message>
    <message>
        <source>Choose a product to see its movements.</source>
        <translation>یک کالا انتخاب کنید تا گردش آن را ببینید.</translation>
    </message>
    <message>
        <source>Movements of %1 in %2</source>
        <extracomment>%1 is a product, %2 a warehouse</extracomment>
        <translation>گردش %1 در %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;New Warehouse…</source>
        <translation>انبار جدید…</translation>
    </message>
    <message>
        <source>Set &amp;Minimum…</source>
        <translation>تعیین حداقل موجودی…</translation>
    </message>
    <message>
        <source>Add a warehouse to your branch</source>
        <translation>افزودن انبار به شعبه شما</translation>
    </message>
    <message>
        <source>The stock at or below which the selected product is marked low</source>
        <translation>موجودی‌ای که اگر کالای انتخاب‌شده به آن یا کمتر از آن برسد، کمبود موجودی علامت می‌خورد</translation>
    </message>
    <message>
        <source>Only a manager sets the low-stock minimums.</source>
        <translation>حداقل موجودی را فقط مدیر فروشگاه تعیین می‌کند.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::IssueCardDialog</name>
    <message>
        <source>Issue Card</source>
        <translation>صدور کارت</translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation>نوع کارت:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>رمز کارت:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>تکرار رمز کارت:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <extracomment>Button: issue the card now</extracomment>
        <translation>صدور</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A card type in a list: its name and its kind, e.g. "Gold club (Loyalty)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No card type is active. A manager adds one under Card Types.</source>
        <translation>هیچ نوع کارت فعالی وجود ندارد. مدیر فروشگاه می‌تواند در بخش «انواع کارت» نوع جدیدی اضافه کند.</translation>
    </message>
    <message>
        <source>Never expires.</source>
        <translation>بدون انقضا.</translation>
    </message>
    <message>
        <source>Blank cards on hand: %1</source>
        <translation>کارت‌های خام موجود: %1</translation>
    </message>
    <message>
        <source>Choose a card type.</source>
        <translation>یک نوع کارت انتخاب کنید.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>دو رمز واردشده یکسان نیستند.</translation>
    </message>
    <message>
        <source>Card issued.
Number: %1</source>
        <extracomment>Shown after issuing a card; %1 is the new card number</extracomment>
        <translation>کارت صادر شد.
شماره: %1</translation>
    </message>
    <message numerus="yes">
        <source>Valid for %Ln month(s).</source>
        <translation>
            <numerusform>اعتبار: %Ln ماه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs a PIN of %1 to %2 digits.</source>
        <extracomment>%1 and %2 are the fewest and most digits of a PIN</extracomment>
        <translation>رمز کارت باید %1 تا %2 رقم باشد.</translation>
    </message>
    <message>
        <source>The card was not encoded, so its number was cancelled. Press Issue to try with a new number.</source>
        <translation>کارت کدگذاری نشد، بنابراین شماره آن لغو شد. برای تلاش با شماره جدید، «صدور» را بزنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::Labels</name>
    <message>
        <source>Loyalty</source>
        <extracomment>Card kind: a card that collects points</extracomment>
        <translation>وفاداری</translation>
    </message>
    <message>
        <source>Discount</source>
        <extracomment>Card kind: a card that gives a fixed discount</extracomment>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Gift</source>
        <extracomment>Card kind: a prepaid gift card holding money</extracomment>
        <translation>هدیه</translation>
    </message>
    <message>
        <source>Warranty</source>
        <extracomment>Card kind: a card that proves a product's warranty</extracomment>
        <translation>گارانتی</translation>
    </message>
    <message>
        <source>Internal credit</source>
        <extracomment>Card kind: the store lends to the member (buy now, pay later)</extracomment>
        <translation>اعتبار داخلی</translation>
    </message>
    <message>
        <source>Installment</source>
        <extracomment>Card kind: purchases paid back in installments</extracomment>
        <translation>اقساط</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Card status</extracomment>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>Card status
----------
Card history event</extracomment>
        <translation>مسدود</translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>Card status: a new card was issued in its place</extracomment>
        <translation>جایگزین‌شده</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Stolen</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>سرقت‌شده</translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>آسیب‌دیده</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation>سایر</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A card's block reason and the operator's note, e.g. "Lost: left at the counter"</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>Card history event</extracomment>
        <translation>صدور</translation>
    </message>
    <message>
        <source>Unblocked</source>
        <extracomment>Card history event</extracomment>
        <translation>رفع مسدودی</translation>
    </message>
    <message>
        <source>Replaced by a new card</source>
        <extracomment>Card history event: this card was replaced by a new one</extracomment>
        <translation>جایگزینی با کارت جدید</translation>
    </message>
    <message>
        <source>Issued as a replacement</source>
        <extracomment>Card history event: this card was issued in place of an old one</extracomment>
        <translation>صدور به‌عنوان کارت المثنی</translation>
    </message>
    <message>
        <source>PIN set</source>
        <extracomment>Card history event</extracomment>
        <translation>تعیین رمز کارت</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <extracomment>Card history event</extracomment>
        <translation>تغییر رمز کارت</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <extracomment>Card history event: a wrong PIN was typed</extracomment>
        <translation>رمز کارت اشتباه</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <extracomment>Card history event: too many wrong PINs</extracomment>
        <translation>قفل شدن رمز کارت</translation>
    </message>
    <message>
        <source>PIN unlocked</source>
        <extracomment>Card history event</extracomment>
        <translation>باز شدن قفل رمز کارت</translation>
    </message>
    <message>
        <source>%1; new card %2</source>
        <extracomment>Card history: why the card was replaced, then the new card's (masked) number</extracomment>
        <translation>%1؛ کارت جدید %2</translation>
    </message>
    <message>
        <source>Replaces %1; %2</source>
        <extracomment>Card history: the (masked) number of the card this one replaces, then why</extracomment>
        <translation>جایگزین کارت %1؛ %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln wrong try(s) in a row</source>
        <extracomment>Card history: how many wrong PINs in a row</extracomment>
        <translation>
            <numerusform>%Ln تلاش نادرست پشت‌سرهم</numerusform>
        </translation>
    </message>
    <message>
        <source>White</source>
        <extracomment>Membership tier</extracomment>
        <translation>سفید</translation>
    </message>
    <message>
        <source>Bronze</source>
        <extracomment>Membership tier</extracomment>
        <translation>برنزی</translation>
    </message>
    <message>
        <source>Silver</source>
        <extracomment>Membership tier</extracomment>
        <translation>نقره‌ای</translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>Membership tier</extracomment>
        <translation>طلایی</translation>
    </message>
    <message>
        <source>Platinum</source>
        <extracomment>Membership tier</extracomment>
        <translation>پلاتینیوم</translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>Ledger transaction kind: points earned on a purchase</extracomment>
        <translation>کسب امتیاز</translation>
    </message>
    <message>
        <source>Points spent</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation>استفاده از امتیاز</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <extracomment>Ledger transaction kind: a manager's manual correction</extracomment>
        <translation>اصلاح دستی</translation>
    </message>
    <message>
        <source>Points expired</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation>انقضای امتیاز</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>Ledger transaction kind: points moved between family accounts</extracomment>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Sign-up bonus</source>
        <extracomment>Ledger transaction kind: points given for joining the club</extracomment>
        <translation>امتیاز ثبت‌نام</translation>
    </message>
    <message>
        <source>Birthday gift</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation>هدیه تولد</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <extracomment>Ledger transaction kind: points for bringing in a new member</extracomment>
        <translation>امتیاز معرفی</translation>
    </message>
    <message>
        <source>Gift card charged</source>
        <extracomment>Ledger transaction kind: money put on a gift card</extracomment>
        <translation>شارژ کارت هدیه</translation>
    </message>
    <message>
        <source>Gift card spent</source>
        <extracomment>Ledger transaction kind: money spent from a gift card</extracomment>
        <translation>خرید با کارت هدیه</translation>
    </message>
    <message>
        <source>Not specified</source>
        <extracomment>Gender not given</extracomment>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Awaiting encoding</source>
        <extracomment>Card status: issued, waiting to be encoded and handed over</extracomment>
        <translation>در انتظار کدگذاری</translation>
    </message>
    <message>
        <source>Void</source>
        <extracomment>Card status: encoding failed or was abandoned; the number is never used again</extracomment>
        <translation>باطل</translation>
    </message>
    <message>
        <source>Activated from stock</source>
        <extracomment>Card history event: a pre-printed stock card was activated and became this member's card</extracomment>
        <translation>فعال‌سازی از موجودی</translation>
    </message>
    <message>
        <source>Donation</source>
        <extracomment>Ledger transaction kind: points given to a charity</extracomment>
        <translation>اهدا</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LedgerHistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>Column: date and time</extracomment>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>Column: what kind of transaction (points earned, spent...)</extracomment>
        <translation>تراکنش</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column: change of the stored value (gift money)</extracomment>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Donation to %1</source>
        <extracomment>Member history: points donated to the charity %1</extracomment>
        <translation>اهدا به %1</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LimitDialog</name>
    <message>
        <source>The member's own &amp;limit:</source>
        <translation>سقف اختصاصی عضو:</translation>
    </message>
    <message>
        <source>Use the &amp;card type's limit</source>
        <translation>استفاده از سقف نوع کارت</translation>
    </message>
    <message>
        <source>Set Credit Limit</source>
        <translation>تعیین سقف اعتبار</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Columns of the limit history</extracomment>
        <translation>از تاریخ</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>سقف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>The card type's limit</source>
        <translation>سقف نوع کارت</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Save Limit</source>
        <translation>ذخیره سقف</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>تاریخچه:</translation>
    </message>
    <message>
        <source>Enter the limit.</source>
        <translation>سقف را وارد کنید.</translation>
    </message>
    <message>
        <source>Say why the limit changes.</source>
        <translation>دلیل تغییر سقف را بنویسید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <extracomment>Window title of the login dialog; %1 is the store's name</extracomment>
        <translation>ورود</translation>
    </message>
    <message>
        <source>%1 — Log in</source>
        <translation>%1 — ورود</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>نام کاربری خود را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LotteriesPanel</name>
    <message>
        <source>Open</source>
        <extracomment>Lottery status: entries not frozen yet</extracomment>
        <translation>باز</translation>
    </message>
    <message>
        <source>Entries frozen</source>
        <extracomment>Lottery status: entries frozen, not drawn yet</extracomment>
        <translation>فهرست قطعی‌شده</translation>
    </message>
    <message>
        <source>Drawn</source>
        <extracomment>Lottery status: the draw has run</extracomment>
        <translation>قرعه‌کشی‌شده</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>A winner's message: sent</extracomment>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>ارسال‌نشده</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>برندگان</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>خریدها</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>مبلغ خرید</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>بلیت‌ها</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>جایزه</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>&amp;New Lottery…</source>
        <translation>قرعه‌کشی جدید…</translation>
    </message>
    <message>
        <source>&amp;Freeze Entries…</source>
        <translation>قطعی کردن شرکت‌کنندگان…</translation>
    </message>
    <message>
        <source>&amp;Draw…</source>
        <translation>قرعه‌کشی…</translation>
    </message>
    <message>
        <source>&amp;Verify Draw</source>
        <translation>بررسی قرعه‌کشی</translation>
    </message>
    <message>
        <source>N&amp;otify Winners</source>
        <translation>اطلاع‌رسانی به برندگان</translation>
    </message>
    <message>
        <source>E&amp;xport Entries…</source>
        <translation>خروجی شرکت‌کنندگان…</translation>
    </message>
    <message>
        <source>Recorded when the entries are frozen</source>
        <extracomment>Shown where the seed will be once the entries are frozen</extracomment>
        <translation>هنگام قطعی شدن فهرست شرکت‌کنندگان ثبت می‌شود</translation>
    </message>
    <message>
        <source>Draw again from the frozen entries and the seed, and compare with the winners</source>
        <translation>قرعه‌کشی دوباره از روی فهرست قطعی‌شده و بذر، و مقایسه با برندگان</translation>
    </message>
    <message>
        <source>Save the frozen entries as CSV, to re-run the draw elsewhere</source>
        <translation>ذخیره فهرست قطعی‌شده شرکت‌کنندگان به‌صورت CSV، برای اجرای دوباره قرعه‌کشی در جای دیگر</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>بذر:</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period of days: first day – last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose a lottery, or make a new one.</source>
        <translation>یک قرعه‌کشی انتخاب کنید یا قرعه‌کشی جدیدی بسازید.</translation>
    </message>
    <message>
        <source>one ticket per %1 points earned</source>
        <translation>یک بلیت به ازای هر %1 امتیاز کسب‌شده</translation>
    </message>
    <message>
        <source>one ticket per %1 spent</source>
        <translation>یک بلیت به ازای هر %1 مبلغ خرید</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s) per purchase</source>
        <translation>
            <numerusform>%Ln بلیت به ازای هر خرید</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln ticket(s) per member</source>
        <translation>
            <numerusform>حداکثر %Ln بلیت برای هر عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 امتیاز</translation>
    </message>
    <message>
        <source>a gift</source>
        <translation>یک هدیه</translation>
    </message>
    <message>
        <source>Tickets: %1.
Winners: %2. Prize for each: %3.</source>
        <extracomment>Rules of a lottery: %1 the ticket rules, %2 the number of winners, %3 the prize</extracomment>
        <translation>بلیت‌ها: %1.
برندگان: %2. جایزه هر نفر: %3.</translation>
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
        <translation>قطعی کردن شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Freeze the entries now? Each member's tickets are counted from the period's sales as they are now and can never change afterwards; a seed for the draw is recorded and shown.</source>
        <translation>فهرست شرکت‌کنندگان اکنون قطعی شود؟ بلیت‌های هر عضو از روی فروش‌های دوره در وضعیت کنونی شمرده می‌شوند و پس از آن هرگز تغییر نمی‌کنند؛ یک بذر برای قرعه‌کشی ثبت و نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>قرعه‌کشی</translation>
    </message>
    <message>
        <source>Run the draw now? It runs only once; the winners get their prizes at once.</source>
        <translation>قرعه‌کشی اکنون انجام شود؟ قرعه‌کشی فقط یک بار انجام می‌شود و برندگان جوایز خود را بی‌درنگ دریافت می‌کنند.</translation>
    </message>
    <message>
        <source>Verify Draw</source>
        <translation>بررسی قرعه‌کشی</translation>
    </message>
    <message>
        <source>The draw is verified: drawn again from the frozen entries and the seed, it gives the same winners in the same order.</source>
        <translation>قرعه‌کشی تأیید شد: اجرای دوباره آن از روی فهرست قطعی‌شده و بذر، همان برندگان را به همان ترتیب به دست می‌دهد.</translation>
    </message>
    <message>
        <source>The draw does NOT match: drawn again from the frozen entries and the seed, it gives other winners. The entries or the winners were changed outside the program.</source>
        <translation>قرعه‌کشی مطابقت «ندارد»: اجرای دوباره آن از روی فهرست قطعی‌شده و بذر، برندگان دیگری به دست می‌دهد. فهرست شرکت‌کنندگان یا برندگان بیرون از برنامه تغییر کرده‌اند.</translation>
    </message>
    <message>
        <source>Export Entries</source>
        <translation>خروجی شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>فایل نوشته نشد: %1</translation>
    </message>
</context>
<context>
    <name>Club::Ui::LotteryDialog</name>
    <message>
        <source>New Lottery</source>
        <translation>قرعه‌کشی جدید</translation>
    </message>
    <message>
        <source>No cap</source>
        <extracomment>Maximum tickets per member: 0 means no cap</extracomment>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>مثلاً ۱۰۰</translation>
    </message>
    <message>
        <source>e.g. 1,000,000</source>
        <translation>مثلاً ۱٬۰۰۰٬۰۰۰</translation>
    </message>
    <message>
        <source>No gift</source>
        <extracomment>No gift as a lottery prize</extracomment>
        <translation>بدون هدیه</translation>
    </message>
    <message>
        <source>No message</source>
        <extracomment>No message is sent to the lottery's winners</extracomment>
        <translation>بدون پیام</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از تاریخ:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>تا تاریخ (خود روز هم حساب می‌شود):</translation>
    </message>
    <message>
        <source>One ticket per &amp;points earned:</source>
        <translation>امتیاز کسب‌شده برای هر بلیت:</translation>
    </message>
    <message>
        <source>One ticket per &amp;amount spent:</source>
        <translation>مبلغ خرید برای هر بلیت:</translation>
    </message>
    <message>
        <source>Tickets per p&amp;urchase:</source>
        <translation>بلیت به ازای هر خرید:</translation>
    </message>
    <message>
        <source>&amp;Most tickets per member:</source>
        <translation>حداکثر بلیت هر عضو:</translation>
    </message>
    <message>
        <source>&amp;Winners:</source>
        <translation>تعداد برندگان:</translation>
    </message>
    <message>
        <source>Prize p&amp;oints per winner:</source>
        <translation>امتیاز جایزه هر برنده:</translation>
    </message>
    <message>
        <source>&amp;Gift per winner:</source>
        <translation>هدیه هر برنده:</translation>
    </message>
    <message>
        <source>Message to &amp;winners:</source>
        <translation>پیام به برندگان:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>روز آخر پیش از روز اول است.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>صفحه‌ها</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>خروج از حساب</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>رفتن به</translation>
    </message>
    <message>
        <source>&amp;Find a member</source>
        <translation>جستجوی عضو</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <extracomment>Status bar: the operator's full name and their role</extracomment>
        <translation>کاربر: %1 (%2)</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>شعبه: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Main window title: the store's name, then the program's name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Card not read</source>
        <translation>کارت خوانده نشد</translation>
    </message>
    <message>
        <source>Card refused</source>
        <translation>کارت پذیرفته نشد</translation>
    </message>
    <message>
        <source>Card %1 read.</source>
        <translation>کارت %1 خوانده شد.</translation>
    </message>
    <message>
        <source>Card service off</source>
        <translation>سرویس کارت خاموش است</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>کارت‌خوان وصل نیست</translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation>کارت‌خوان آماده است</translation>
    </message>
    <message>
        <source>Card keys unlocked</source>
        <translation>قفل کلیدهای کارت باز است</translation>
    </message>
    <message>
        <source>Card keys locked</source>
        <translation>کلیدهای کارت قفل است</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberCardsPanel</name>
    <message>
        <source>I&amp;ssue Card…</source>
        <translation>صدور کارت…</translation>
    </message>
    <message>
        <source>This member has no card yet.</source>
        <translation>این عضو هنوز کارتی ندارد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberChartsPanel</name>
    <message>
        <source>Spent</source>
        <translation>مبلغ خرید</translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>Points the member earned in a month</extracomment>
        <translation>امتیاز کسب‌شده</translation>
    </message>
    <message>
        <source>Points spent</source>
        <extracomment>Points the member paid with in a month</extracomment>
        <translation>امتیاز خرج‌شده</translation>
    </message>
    <message>
        <source>Purchases by month, last 12 months</source>
        <translation>خریدها به تفکیک ماه، ۱۲ ماه اخیر</translation>
    </message>
    <message>
        <source>Points earned and spent by month, last 12 months</source>
        <translation>امتیاز کسب‌شده و خرج‌شده به تفکیک ماه، ۱۲ ماه اخیر</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberDialog</name>
    <message>
        <source>New Member</source>
        <translation>عضو جدید</translation>
    </message>
    <message>
        <source>Edit Member — %1</source>
        <extracomment>Window title; %1 is the member's name</extracomment>
        <translation>ویرایش عضو — %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <extracomment>Shown in the referrer field when nobody referred the member</extracomment>
        <translation>بدون معرف</translation>
    </message>
    <message>
        <source>The tier follows the points earned; it cannot be set by hand.</source>
        <extracomment>Tooltip of the member's tier in the member form</extracomment>
        <translation>سطح بر اساس امتیازهای کسب‌شده تعیین می‌شود و نمی‌توان آن را دستی تغییر داد.</translation>
    </message>
    <message>
        <source>No &amp;SMS messages</source>
        <translation>عدم ارسال پیامک</translation>
    </message>
    <message>
        <source>No e-&amp;mail messages</source>
        <translation>عدم ارسال ایمیل</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <extracomment>Button: pick the member who referred this one</extracomment>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: remove the referrer</extracomment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>نام خانوادگی:</translation>
    </message>
    <message>
        <source>M&amp;obile:</source>
        <translation>تلفن همراه:</translation>
    </message>
    <message>
        <source>National &amp;code:</source>
        <translation>کد ملی:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ایمیل:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>جنسیت:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>تاریخ تولد:</translation>
    </message>
    <message>
        <source>Ma&amp;rriage date:</source>
        <translation>تاریخ ازدواج:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>شهر:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>آدرس:</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>معرف:</translation>
    </message>
    <message>
        <source>Gro&amp;ups:</source>
        <translation>گروه‌ها:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>سطح:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>یادداشت‌ها:</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <extracomment>In the member form when the store has no member groups yet</extracomment>
        <translation>هنوز گروهی تعریف نشده است</translation>
    </message>
    <message>
        <source>Who Referred This Member?</source>
        <extracomment>Window title of the member finder used for the referrer</extracomment>
        <translation>چه کسی این عضو را معرفی کرده است؟</translation>
    </message>
    <message>
        <source>%1
Open that member?</source>
        <extracomment>%1 says which member already has this mobile or national code</extracomment>
        <translation>%1
پرونده آن عضو باز شود؟</translation>
    </message>
    <message>
        <source>Already Registered</source>
        <extracomment>Title of the question asked when a mobile or national code is already registered</extracomment>
        <translation>قبلاً ثبت شده است</translation>
    </message>
    <message>
        <source>The store's language</source>
        <extracomment>The member's message language: none chosen, messages use the store's language</extracomment>
        <translation>زبان فروشگاه</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Messages &amp;written in:</source>
        <extracomment>Label of the language the member's SMS and e-mail messages are written in</extracomment>
        <translation>زبان پیام‌ها:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberFamilyPanel</name>
    <message>
        <source>&amp;Join a Family…</source>
        <translation>پیوستن به خانواده…</translation>
    </message>
    <message>
        <source>Lea&amp;ve the Family…</source>
        <translation>خروج از خانواده…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column: head of the family or member of it</extracomment>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Head of the family</source>
        <extracomment>Family role of a member</extracomment>
        <translation>سرپرست خانواده</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Not in a family: the points are the member's own.</source>
        <translation>در هیچ خانواده‌ای نیست: امتیازها متعلق به خود عضو است.</translation>
    </message>
    <message>
        <source>Join Whose Family?</source>
        <extracomment>Window title of the member finder used to join a family</extracomment>
        <translation>پیوستن به خانواده چه کسی؟</translation>
    </message>
    <message>
        <source>Add %1 to the family of %2?
The points of %1 move to the family account.</source>
        <extracomment>%1 is the member joining, %2 the head of the family</extracomment>
        <translation>%1 به خانواده %2 افزوده شود؟
امتیازهای %1 به حساب خانواده منتقل می‌شوند.</translation>
    </message>
    <message>
        <source>Join a Family</source>
        <translation>پیوستن به خانواده</translation>
    </message>
    <message>
        <source>Take %1 out of the family?
The family keeps its points; %1 starts with an empty account.</source>
        <extracomment>%1 is the member leaving the family</extracomment>
        <translation>%1 از خانواده خارج شود؟
امتیازها در حساب خانواده می‌مانند و %1 با حسابی خالی شروع می‌کند.</translation>
    </message>
    <message>
        <source>Leave the Family</source>
        <translation>خروج از خانواده</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) share one account and its points.</source>
        <translation>
            <numerusform>%Ln عضو در یک حساب و امتیازهای آن شریک‌اند.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberPickerDialog</name>
    <message>
        <source>&amp;Find:</source>
        <translation>جستجو:</translation>
    </message>
    <message>
        <source>Name, mobile, national code or card number</source>
        <translation>نام، تلفن همراه، کد ملی یا شماره کارت</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <extracomment>Button: take the selected member</extracomment>
        <translation>انتخاب</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>عضوی پیدا نشد.</translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation>یک عضو را از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberSearchModel</name>
    <message>
        <source>Active</source>
        <extracomment>Member state in the search list</extracomment>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>National code: %1</source>
        <translation>کد ملی: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>شماره کارت</translation>
    </message>
    <message>
        <source>Tier</source>
        <extracomment>Membership tier (white, silver, gold...)</extracomment>
        <translation>سطح</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column: whether the member is active</extracomment>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberSuggestionsPanel</name>
    <message>
        <source>product %1</source>
        <translation>کالای %1</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <extracomment>Box on the member page: what to offer the member now</extracomment>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>Nothing to suggest right now.</source>
        <translation>فعلاً پیشنهادی وجود ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln point(s)</source>
        <extracomment>One line of the expiring points: %1 the date, then how many points expire that day</extracomment>
        <translation>
            <numerusform>%1: %Ln امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>When something happens, relative to today</extracomment>
        <translation>امروز</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>فردا</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>%Ln روز دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1 (%2): suggest spending them.</source>
        <extracomment>%Ln points, %1 the date, %2 "today", "tomorrow" or "in 5 days"</extracomment>
        <translation>
            <numerusform>%Ln امتیاز در %1 (%2) منقضی می‌شود: استفاده از آن را پیشنهاد کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday on %1 (%2): a purchase that day earns %Ln bonus point(s).</source>
        <extracomment>%1 the date, %2 "today" or "in 5 days"; %Ln the bonus points of the birthday rule</extracomment>
        <translation>
            <numerusform>تولد در %1 (%2): خرید در آن روز %Ln امتیاز جایزه به همراه دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday on %1 (%2).</source>
        <extracomment>%1 the date, %2 "today" or "in 5 days"</extracomment>
        <translation>تولد در %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Wedding anniversary on %1 (%2): a purchase that day earns %Ln bonus point(s).</source>
        <extracomment>Marriage anniversary. %1 the date, %2 "today" or "in 5 days"; %Ln the bonus points</extracomment>
        <translation>
            <numerusform>سالگرد ازدواج در %1 (%2): خرید در آن روز %Ln امتیاز جایزه به همراه دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wedding anniversary on %1 (%2).</source>
        <extracomment>Marriage anniversary. %1 the date, %2 "today" or "in 5 days"</extracomment>
        <translation>سالگرد ازدواج در %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Gift within reach: %1 for %Ln point(s) (%2 available).</source>
        <extracomment>%1 the gift's name; %Ln its price in points; %2 the member's spendable points</extracomment>
        <translation>
            <numerusform>هدیه در دسترس: %1 در ازای %Ln امتیاز (موجود: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more point(s) to earn the gift %1.</source>
        <extracomment>%Ln points still to earn; %1 the gift's name</extracomment>
        <translation>
            <numerusform>%Ln امتیاز دیگر تا دریافت هدیه %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more in purchases to earn the gift %2.</source>
        <extracomment>%1 an amount of money still to spend; %2 the gift's name</extracomment>
        <translation>%1 خرید دیگر تا دریافت هدیه %2.</translation>
    </message>
    <message numerus="yes">
        <source>Usually buys %1 every %Ln day(s); last bought on %2: due again.</source>
        <extracomment>%1 a product; %Ln the usual number of days between purchases; %2 the last purchase's date</extracomment>
        <translation>
            <numerusform>معمولاً هر %Ln روز یک‌بار %1 می‌خرد؛ آخرین خرید در %2: زمان خرید دوباره رسیده است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points expiring in the next %Ln day(s)</source>
        <translation>
            <numerusform>امتیازهایی که در %Ln روز آینده منقضی می‌شوند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No points expire in the next %Ln day(s).</source>
        <translation>
            <numerusform>در %Ln روز آینده هیچ امتیازی منقضی نمی‌شود.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberTierPanel</name>
    <message>
        <source>Upgraded</source>
        <extracomment>Tier history: the member moved up after a sale</extracomment>
        <translation>ارتقا یافت</translation>
    </message>
    <message>
        <source>Lowered at the review</source>
        <extracomment>Tier history: the periodic review moved the member down</extracomment>
        <translation>در بازبینی کاهش یافت</translation>
    </message>
    <message>
        <source>Kept at the review</source>
        <extracomment>Tier history: the periodic review kept the member's tier</extracomment>
        <translation>در بازبینی حفظ شد</translation>
    </message>
    <message>
        <source>%1 spent</source>
        <extracomment>Tier history: %1 is the money spent in the tier window</extracomment>
        <translation>خرید %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) earned</source>
        <extracomment>Tier history: %Ln is the number of points earned in the tier window</extracomment>
        <translation>
            <numerusform>%Ln امتیاز کسب‌شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column: the tier before the change</extracomment>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Column: the tier after the change</extracomment>
        <translation>به</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Based on</source>
        <extracomment>Column: what the tier was decided on</extracomment>
        <translation>بر اساس</translation>
    </message>
    <message>
        <source>The member's tier has not changed yet.</source>
        <translation>سطح این عضو هنوز تغییری نکرده است.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberView</name>
    <message>
        <source>&amp;Back to Search</source>
        <translation>بازگشت به جستجو</translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation>بازگشت به جستجو (Esc)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>تلفن همراه:</translation>
    </message>
    <message>
        <source>National code:</source>
        <translation>کد ملی:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>سطح:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>گروه‌ها:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>تاریخ تولد:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>شهر:</translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation>تاریخ عضویت:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>امتیاز:</translation>
    </message>
    <message>
        <source>Available now:</source>
        <extracomment>Points that may be spent now</extracomment>
        <translation>قابل استفاده اکنون:</translation>
    </message>
    <message>
        <source>Pending:</source>
        <extracomment>Points earned but not yet spendable (return window)</extracomment>
        <translation>در انتظار:</translation>
    </message>
    <message>
        <source>Stored value:</source>
        <extracomment>Gift card money on the account</extracomment>
        <translation>اعتبار هدیه:</translation>
    </message>
    <message>
        <source>Next expiry:</source>
        <translation>انقضای بعدی:</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>کارت‌ها</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>خانواده</translation>
    </message>
    <message>
        <source>Tr&amp;ansactions</source>
        <extracomment>Tab of the member view: the last ledger transactions</extracomment>
        <translation>تراکنش‌ها</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <extracomment>Member state shown next to the name</extracomment>
        <translation>(غیرفعال)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>غیرفعال کردن…</translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation>فعال‌سازی دوباره…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) on %1</source>
        <extracomment>%Ln points expire on the date %1</extracomment>
        <translation>
            <numerusform>%Ln امتیاز در تاریخ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing expires</source>
        <extracomment>No points will expire</extracomment>
        <translation>هیچ امتیازی منقضی نمی‌شود</translation>
    </message>
    <message>
        <source>Reactivate %1?</source>
        <extracomment>%1 is the member's name</extracomment>
        <translation>%1 دوباره فعال شود؟</translation>
    </message>
    <message>
        <source>Deactivate %1?
The member stays on record and can be reactivated later.</source>
        <extracomment>%1 is the member's name</extracomment>
        <translation>%1 غیرفعال شود؟
اطلاعات عضو حفظ می‌شود و بعداً می‌توان او را دوباره فعال کرد.</translation>
    </message>
    <message>
        <source>Reactivate Member</source>
        <translation>فعال‌سازی دوباره عضو</translation>
    </message>
    <message>
        <source>Deactivate Member</source>
        <translation>غیرفعال کردن عضو</translation>
    </message>
    <message>
        <source>Print balance</source>
        <translation>چاپ مانده</translation>
    </message>
    <message>
        <source>Print the member's points balance on the receipt printer</source>
        <translation>چاپ مانده امتیاز عضو با چاپگر رسید</translation>
    </message>
    <message>
        <source>No receipt printer is set up on this computer. Choose one on the Devices page.</source>
        <translation>هیچ چاپگر رسیدی روی این رایانه تنظیم نشده است. از صفحه «دستگاه‌ها» یکی را انتخاب کنید.</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>مرجوعی…</translation>
    </message>
    <message>
        <source>Take back goods from one of this member's sales</source>
        <translation>پس گرفتن کالا از یکی از خریدهای این عضو</translation>
    </message>
    <message>
        <source>T&amp;ier History</source>
        <extracomment>Tab of the member view: the member's tier changes</extracomment>
        <translation>سابقه سطح</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <extracomment>Tab of the member view: charts of the member's last twelve months</extracomment>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>None</source>
        <comment>groups</comment>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <source>Answer &amp;survey…</source>
        <translation>پاسخ به نظرسنجی…</translation>
    </message>
    <message>
        <source>Record this member's answers to an open survey</source>
        <translation>ثبت پاسخ‌های این عضو به یک نظرسنجی باز</translation>
    </message>
    <message>
        <source>D&amp;onate Points…</source>
        <translation>اهدای امتیاز…</translation>
    </message>
    <message>
        <source>Give some of the member's points to a charity</source>
        <translation>اهدای بخشی از امتیاز عضو به یک مؤسسه خیریه</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>سازمان‌ها:</translation>
    </message>
    <message>
        <source>&amp;Warranties</source>
        <extracomment>Tab of the member view: warranties of items the member bought, with their service history</extracomment>
        <translation>گارانتی‌ها</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <extracomment>An organisation the member belongs to, with their staff or student number there</extracomment>
        <translation>%1 (شماره %2)</translation>
    </message>
    <message>
        <source>None</source>
        <comment>organisations</comment>
        <translation>هیچ‌کدام</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MembersPage</name>
    <message>
        <source>Show &amp;inactive members</source>
        <translation>نمایش اعضای غیرفعال</translation>
    </message>
    <message>
        <source>&amp;New Member…</source>
        <translation>عضو جدید…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>جستجو:</translation>
    </message>
    <message>
        <source>Name, mobile, national code or card number</source>
        <translation>نام، تلفن همراه، کد ملی یا شماره کارت</translation>
    </message>
    <message>
        <source>Register a new member (%1)</source>
        <translation>ثبت عضو جدید (%1)</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>Side bar page title</extracomment>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>No members yet. Register the first with New Member.</source>
        <translation>هنوز عضوی ثبت نشده است. اولین عضو را با «عضو جدید» ثبت کنید.</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>عضوی پیدا نشد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln عضو</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the members of a saved segment</source>
        <translation>فقط اعضای یک بخش مشتریان ذخیره‌شده نمایش داده شود</translation>
    </message>
    <message>
        <source>All members</source>
        <extracomment>Members page: no segment filter</extracomment>
        <translation>همه اعضا</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln newest members are shown. Type a name, mobile or card number to find others.</source>
        <translation>
            <numerusform>جدیدترین %Ln عضو نمایش داده شده‌اند. برای یافتن دیگران، نام، شماره تلفن همراه یا شماره کارت را وارد کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln matches are shown. Type more to narrow the search.</source>
        <translation>
            <numerusform>نخستین %Ln نتیجه نمایش داده شده‌اند. برای محدودتر کردن جستجو، بیشتر تایپ کنید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::MerchantsTab</name>
    <message>
        <source>Points earned at one merchant may be &amp;spent at another</source>
        <translation>امتیاز کسب‌شده نزد یک پذیرنده را می‌توان نزد پذیرنده دیگر خرج کرد</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>پذیرندگان</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>پذیرنده</translation>
    </message>
    <message>
        <source>Guild</source>
        <translation>صنف</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>%1 (this store)</source>
        <extracomment>The home merchant: the store itself, in the merchants list</extracomment>
        <translation>%1 (این فروشگاه)</translation>
    </message>
    <message>
        <source>Kept here</source>
        <translation>فقط نزد همین پذیرنده</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>مشترک</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MessagingPage</name>
    <message>
        <source>Templates</source>
        <translation>الگوها</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>بخش‌های مشتریان</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>کمپین‌ها</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>مناسبت‌ها</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Messaging</source>
        <extracomment>Side bar page: messages to members (SMS, email, campaigns)</extracomment>
        <translation>پیام‌رسانی</translation>
    </message>
</context>
<context>
    <name>Club::Ui::MessagingSettingsPanel</name>
    <message>
        <source>Email (SMTP)</source>
        <translation>ایمیل (SMTP)</translation>
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
        <translation>هیچ (بدون رمزنگاری)</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation>فقط برای سروری با گواهی اختصاصی خودش</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>سرور:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>امنیت:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>نشانی فرستنده:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>نام فرستنده:</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>فایل گواهی:</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>ارسال ایمیل آزمایشی</translation>
    </message>
    <message>
        <source>Test address:</source>
        <translation>نشانی آزمایشی:</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>درگاه پیامک</translation>
    </message>
    <message>
        <source>Kavenegar-style REST</source>
        <extracomment>SMS gateway presets: an Iranian provider's REST API shape</extracomment>
        <translation>REST به سبک Kavenegar</translation>
    </message>
    <message>
        <source>SMS.ir-style JSON</source>
        <translation>JSON به سبک SMS.ir</translation>
    </message>
    <message>
        <source>Other (generic HTTP)</source>
        <translation>سایر (HTTP عمومی)</translation>
    </message>
    <message>
        <source>Any 2xx</source>
        <extracomment>HTTP status 0 in the SMS settings: any 2xx answer counts</extracomment>
        <translation>هر پاسخ 2xx</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>ارائه‌دهنده:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>نشانی:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>روش:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>بدنه:</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>نوع محتوا:</translation>
    </message>
    <message>
        <source>Auth header:</source>
        <translation>سرآیند احراز هویت:</translation>
    </message>
    <message>
        <source>Auth value:</source>
        <translation>مقدار احراز هویت:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>کلید API:</translation>
    </message>
    <message>
        <source>Sender number:</source>
        <translation>شماره فرستنده:</translation>
    </message>
    <message>
        <source>Success status:</source>
        <translation>وضعیت موفقیت:</translation>
    </message>
    <message>
        <source>Success JSON field:</source>
        <translation>فیلد JSON موفقیت:</translation>
    </message>
    <message>
        <source>Success value:</source>
        <translation>مقدار موفقیت:</translation>
    </message>
    <message>
        <source>Success pattern:</source>
        <translation>الگوی موفقیت:</translation>
    </message>
    <message>
        <source>In the address and body, {to}, {to_local}, {message}, {sender} and {apikey} are replaced.</source>
        <translation>در نشانی و بدنه، {to}، {to_local}، {message}، {sender} و {apikey} جایگزین می‌شوند.</translation>
    </message>
    <message>
        <source>Send a test SMS</source>
        <translation>ارسال پیامک آزمایشی</translation>
    </message>
    <message>
        <source>Test number:</source>
        <translation>شماره آزمایشی:</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Messages are written in:</source>
        <translation>زبان نوشتن پیام‌ها:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <source>The test message went to %1.</source>
        <translation>پیام آزمایشی به %1 ارسال شد.</translation>
    </message>
    <message>
        <source>•••• (stored)</source>
        <extracomment>In an empty password field: a password is saved but never shown; typing replaces it.</extracomment>
        <translation>•••• (ذخیره‌شده)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::NetworkItemDialog</name>
    <message>
        <source>New guild</source>
        <translation>صنف جدید</translation>
    </message>
    <message>
        <source>Edit guild</source>
        <translation>ویرایش صنف</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>New merchant</source>
        <translation>پذیرنده جدید</translation>
    </message>
    <message>
        <source>Edit merchant</source>
        <translation>ویرایش پذیرنده</translation>
    </message>
    <message>
        <source>(choose a guild)</source>
        <translation>(یک صنف انتخاب کنید)</translation>
    </message>
    <message>
        <source>&amp;Guild:</source>
        <translation>صنف:</translation>
    </message>
    <message>
        <source>&amp;Keep points here: do not take other merchants' points and do not let these be spent elsewhere</source>
        <translation>امتیازها در همین پذیرنده بماند: امتیاز پذیرندگان دیگر پذیرفته نشود و امتیازهای اینجا در جای دیگری خرج نشود</translation>
    </message>
    <message>
        <source>New branch</source>
        <translation>شعبه جدید</translation>
    </message>
    <message>
        <source>Edit branch</source>
        <translation>ویرایش شعبه</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>کد:</translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation>پذیرنده:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::NetworkListTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation>فعال کردن</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>Deactivate %1? It stays in the history and can be activated again.</source>
        <translation>%1 غیرفعال شود؟ در سابقه باقی می‌ماند و می‌توان آن را دوباره فعال کرد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>&amp;Branches</source>
        <translation>شعبه‌ها</translation>
    </message>
    <message>
        <source>&amp;Merchants</source>
        <translation>پذیرندگان</translation>
    </message>
    <message>
        <source>&amp;Guilds</source>
        <translation>صنف‌ها</translation>
    </message>
    <message>
        <source>&amp;Settlement</source>
        <translation>تسویه</translation>
    </message>
</context>
<context>
    <name>Club::Ui::NewStockBatchDialog</name>
    <message>
        <source>New Card Batch</source>
        <extracomment>Dialog title: make a batch of pre-printed cards that belong to no member yet</extracomment>
        <translation>دسته کارت جدید</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A card type in a list: %1 its name, %2 its kind (loyalty, discount, gift)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation>نوع کارت:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>شعبه:</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <extracomment>How many cards the batch makes</extracomment>
        <translation>تعداد کارت:</translation>
    </message>
    <message>
        <source>Gift &amp;value:</source>
        <extracomment>Money a gift card carries, given to the member when the card is activated</extracomment>
        <translation>مبلغ هدیه:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <source>&amp;Make Cards</source>
        <translation>ساخت کارت‌ها</translation>
    </message>
    <message>
        <source>Enter the gift value in digits.</source>
        <translation>مبلغ هدیه را با رقم وارد کنید.</translation>
    </message>
    <message>
        <source>Making %1 cards…</source>
        <extracomment>Progress while a batch of cards is made; %1 is how many</extracomment>
        <translation>در حال ساخت %1 کارت…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <extracomment>Who pays for a gift card's preloaded value: the customer who gets the card (money taken)</extracomment>
        <translation>پرداخت توسط مشتری</translation>
    </message>
    <message>
        <source>Promotion, given by the club</source>
        <extracomment>Who pays for a gift card's preloaded value: the club gives it away, booked as a promotion cost</extracomment>
        <translation>تبلیغاتی، از طرف باشگاه</translation>
    </message>
    <message>
        <source>Value &amp;paid by:</source>
        <extracomment>Label of the choice: whether the customer pays for the gift value or the club gives it</extracomment>
        <translation>پرداخت‌کننده اعتبار:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OccasionsPanel</name>
    <message>
        <source>Birthday</source>
        <translation>تولد</translation>
    </message>
    <message>
        <source>Marriage anniversary</source>
        <translation>سالگرد ازدواج</translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation>امتیازهای در آستانه انقضا</translation>
    </message>
    <message>
        <source>Tier change</source>
        <translation>تغییر سطح</translation>
    </message>
    <message>
        <source>Occasion</source>
        <extracomment>Columns of the occasion messages list. "Tries": how many times sending was tried; "Next try": when a failed one is tried again by itself</extracomment>
        <translation>مناسبت</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Warn ahead</source>
        <translation>هشدار از قبل</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>&amp;Save occasions</source>
        <translation>ذخیره مناسبت‌ها</translation>
    </message>
    <message>
        <source>Occasion messages go out once a day, with the daily jobs, and never twice for the same occasion.</source>
        <translation>پیام‌های مناسبت‌ها روزی یک بار همراه با کارهای روزانه ارسال می‌شوند و هرگز برای یک مناسبت دو بار ارسال نمی‌شوند.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Show &amp;failed messages only</source>
        <translation>نمایش فقط پیام‌های ناموفق</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>تلاش دوباره اکنون</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>تعداد تلاش</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>تلاش بعدی</translation>
    </message>
    <message>
        <source>Last error or reason</source>
        <translation>آخرین خطا یا دلیل</translation>
    </message>
    <message>
        <source>Send the chosen failed message again now. Failed messages are also tried again by themselves a few times, waiting longer each time.</source>
        <extracomment>Tooltip of the Retry now button of the occasion messages</extracomment>
        <translation>پیام ناموفقِ انتخاب‌شده همین حالا دوباره ارسال می‌شود. برنامه برای پیام‌های ناموفق خودش هم چند بار تلاش دوباره می‌کند و هر بار مدت بیشتری صبر می‌کند.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation>پیام ارسال شد.</translation>
    </message>
    <message>
        <source>The message failed again; the reason is in the list.</source>
        <translation>ارسال پیام دوباره ناموفق بود؛ دلیل آن در فهرست آمده است.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorDialog</name>
    <message>
        <source>Edit Operator</source>
        <translation>ویرایش کاربر</translation>
    </message>
    <message>
        <source>Add Operator</source>
        <translation>افزودن کاربر</translation>
    </message>
    <message>
        <source>Any branch</source>
        <translation>همه شعبه‌ها</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>نام و نام خانوادگی:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>شعبه:</translation>
    </message>
    <message>
        <source>&amp;May log in</source>
        <translation>اجازه ورود دارد</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation>تکرار گذرواژه:</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>دو گذرواژه یکسان نیستند. گذرواژه را دوباره وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorModel</name>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Locked out</source>
        <extracomment>In the "Locked out" column: too many wrong passwords</extracomment>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: whether the operator may log in</extracomment>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>تعیین گذرواژه…</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>افزودن…</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrgImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation>نقطه‌ویرگول</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>تب</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>ویرگول</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>&amp;Check (Dry Run)</source>
        <translation>بررسی آزمایشی</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Enrol the People of %1</source>
        <extracomment>%1 is an organisation's name</extracomment>
        <translation>ثبت‌نام گروهی افراد %1</translation>
    </message>
    <message>
        <source>CSV file:</source>
        <translation>فایل CSV:</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>تعیین ستون‌ها</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (الزامی):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Columns of the dry run's report: the spreadsheet's row number, the person, what is wrong</extracomment>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>مشکلات و توضیحات</translation>
    </message>
    <message>
        <source>Choose the file (in Excel: Save As, "CSV UTF-8" or "CSV"). Nothing is saved until you import, and the import saves every row or none.</source>
        <translation>فایل را انتخاب کنید (در Excel: «ذخیره به‌عنوان» (Save As)، «CSV UTF-8» یا «CSV»). تا وارد کردن را انجام ندهید چیزی ذخیره نمی‌شود و وارد کردن یا همه ردیف‌ها را ذخیره می‌کند یا هیچ‌کدام را.</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>انتخاب فایل</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv *.txt);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>This file is too large to be a list of people.</source>
        <translation>این فایل بزرگ‌تر از آن است که فهرست افراد باشد.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>فایل باز نمی‌شود: %1</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2: %3 rows.</source>
        <extracomment>%1 text encoding (UTF-8, Windows-1256), %2 comma/semicolon/tab, %3 number of rows</extracomment>
        <translation>با کدگذاری %1 خوانده شد، جداکننده ستون‌ها: %2، تعداد ردیف‌ها: %3.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(وارد نمی‌شود)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>ستون %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>در حال وارد کردن…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>در حال بررسی همه ردیف‌ها…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln people into the organisation.</source>
        <translation>
            <numerusform>%Ln نفر به سازمان وارد شدند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows can be imported. Press Import to save them.</source>
        <translation>
            <numerusform>هر %Ln ردیف قابل وارد کردن است. برای ذخیره آن‌ها، «وارد کردن» را بزنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have errors (in red below). Correct the file and check again: nothing is imported while any row has an error.</source>
        <translation>
            <numerusform>%Ln ردیف خطا دارد (با رنگ قرمز در پایین). فایل را اصلاح کنید و دوباره بررسی کنید: تا وقتی ردیفی خطا داشته باشد، هیچ چیز وارد نمی‌شود.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrgStatementDialog</name>
    <message>
        <source>Statement to %1</source>
        <extracomment>%1 is an organisation's name</extracomment>
        <translation>صورت‌حساب %1</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>ماه:</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Columns of an organisation's monthly statement</extracomment>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>شماره پرسنلی</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>خریدها</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>مرجوعی‌ها</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The last line of a statement</extracomment>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 month name, %2 year</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Purchases %1, returns %2: the organisation owes %3.</source>
        <translation>خریدها %1، مرجوعی‌ها %2: بدهی سازمان %3 است.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>فایل نوشته نشد: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>خروجی PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrganisationDialog</name>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Union</source>
        <extracomment>A trade union or guild of workers</extracomment>
        <translation>اتحادیه</translation>
    </message>
    <message>
        <source>University</source>
        <translation>دانشگاه</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>بانک</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>New Organisation</source>
        <translation>سازمان جدید</translation>
    </message>
    <message>
        <source>Edit Organisation</source>
        <translation>ویرایش سازمان</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>گونه:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>فرد رابط:</translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation>تلفن رابط:</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>ایمیل رابط:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>یادداشت‌ها:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translation>سازمان‌ها</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrganisationsPanel</name>
    <message>
        <source>Show &amp;deactivated</source>
        <translation>نمایش غیرفعال‌ها</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>جدید…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>افزودن عضو…</translation>
    </message>
    <message>
        <source>E&amp;nd Membership</source>
        <translation>پایان عضویت</translation>
    </message>
    <message>
        <source>Organisation &amp;Credit…</source>
        <translation>اعتبار سازمانی…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>وارد کردن…</translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation>صورت‌حساب…</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Columns of the organisations list</extracomment>
        <translation>نام</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Columns of an organisation's members</extracomment>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>شماره پرسنلی</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>تاریخ پیوستن</translation>
    </message>
    <message>
        <source>Organisation credit</source>
        <translation>اعتبار سازمانی</translation>
    </message>
    <message>
        <source>Enrol many people at once from a CSV file exported from Excel</source>
        <translation>ثبت‌نام گروهی افراد از یک فایل CSV که از Excel گرفته شده است</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>اعضای %1</translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation>یک سازمان انتخاب کنید.</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>با اعتبار سازمان</translation>
    </message>
    <message>
        <source>Add a Member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <source>Staff Number</source>
        <translation>شماره پرسنلی</translation>
    </message>
    <message>
        <source>Staff or student number of %1 at %2 (may be empty):</source>
        <extracomment>%1 member, %2 organisation</extracomment>
        <translation>شماره پرسنلی یا دانشجویی %1 در %2 (می‌تواند خالی بماند):</translation>
    </message>
    <message>
        <source>End Membership</source>
        <extracomment>%1 member, %2 organisation</extracomment>
        <translation>پایان عضویت</translation>
    </message>
    <message>
        <source>%1 no longer belongs to %2? Organisation discounts and credit end today.</source>
        <translation>%1 دیگر عضو %2 نیست؟ تخفیف‌ها و اعتبار سازمانی از امروز پایان می‌یابند.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::OutboxConflictsDialog</name>
    <message>
        <source>Show &amp;settled ones too</source>
        <translation>نمایش موارد تسویه‌شده هم</translation>
    </message>
    <message>
        <source>Se&amp;ttle…</source>
        <translation>تسویه…</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Why the server refused</source>
        <translation>علت نپذیرفتن سرور</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>تسویه‌شده</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>بدون کارت</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>هنوز نه</translation>
    </message>
    <message>
        <source>Settle a refused sale</source>
        <translation>تسویه فروش نپذیرفته</translation>
    </message>
    <message>
        <source>What was done (for example: the customer paid the difference):</source>
        <translation>اقدام انجام‌شده (برای نمونه: مشتری مابه‌التفاوت را پرداخت کرد):</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>Gift</source>
        <extracomment>A gift given for points</extracomment>
        <translation>هدیه</translation>
    </message>
    <message>
        <source>Gift card charge</source>
        <translation>شارژ کارت هدیه</translation>
    </message>
    <message>
        <source>Points bought</source>
        <translation>خرید امتیاز</translation>
    </message>
    <message>
        <source>What the server refused</source>
        <translation>موارد نپذیرفته سرور</translation>
    </message>
    <message>
        <source>These sales, returns, gifts, gift card charges and point purchases were made while the central server could not be reached, and the server refused them when they were sent. Settle each with the customer, then write down what was done.</source>
        <translation>این فروش‌ها، مرجوعی‌ها، هدیه‌ها، شارژهای کارت هدیه و خریدهای امتیاز زمانی انجام شدند که دسترسی به سرور مرکزی ممکن نبود، و سرور هنگام ارسال، آن‌ها را نپذیرفت. هر مورد را با مشتری تسویه کنید، سپس اقدام انجام‌شده را بنویسید.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation>هیچ مورد نپذیرفته‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>A member registered at this desk, sent to the central server</extracomment>
        <translation>عضو جدید</translation>
    </message>
    <message>
        <source>New card</source>
        <extracomment>A card issued at this desk, sent to the central server</extracomment>
        <translation>کارت جدید</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>مسدود کردن کارت</translation>
    </message>
    <message>
        <source>Card unblocked</source>
        <translation>رفع مسدودی کارت</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PasswordDialog</name>
    <message>
        <source>New Password for %1</source>
        <extracomment>%1 is the operator's full name</extracomment>
        <translation>گذرواژه جدید برای %1</translation>
    </message>
    <message>
        <source>The operator logs in with this password from now on. Setting it also lifts a lock-out after too many wrong passwords.</source>
        <translation>این کاربر از این پس با این گذرواژه وارد می‌شود. تعیین گذرواژه، قفل ناشی از ورود چندباره گذرواژه اشتباه را هم برطرف می‌کند.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>گذرواژه جدید:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>تکرار گذرواژه:</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>دو گذرواژه یکسان نیستند. گذرواژه را دوباره وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PaymentDialog</name>
    <message>
        <source>Take Payment from %1</source>
        <extracomment>Dialog title; %1 is the member's name</extracomment>
        <translation>دریافت پرداخت از %1</translation>
    </message>
    <message>
        <source>The payment goes to the oldest unpaid installment first, then to the debt that is not in a plan.</source>
        <translation>پرداخت ابتدا به قدیمی‌ترین قسط پرداخت‌نشده و سپس به بدهی خارج از طرح اقساط تخصیص می‌یابد.</translation>
    </message>
    <message>
        <source>Owed:</source>
        <translation>بدهی:</translation>
    </message>
    <message>
        <source>In installments:</source>
        <translation>در اقساط:</translation>
    </message>
    <message>
        <source>&amp;Amount paid:</source>
        <translation>مبلغ پرداختی:</translation>
    </message>
    <message>
        <source>&amp;Take Payment</source>
        <translation>دریافت پرداخت</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>مبلغ پرداختی را وارد کنید.</translation>
    </message>
    <message>
        <source>The member owes only %1.</source>
        <translation>بدهی این عضو فقط %1 است.</translation>
    </message>
    <message>
        <source>Take Payment</source>
        <translation>دریافت پرداخت</translation>
    </message>
    <message>
        <source>Take a payment of %1?</source>
        <translation>پرداخت به مبلغ %1 دریافت شود؟</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation>تعیین رمز کارت</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>تغییر رمز کارت</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <extracomment>Window title: a manager replaces a forgotten PIN</extracomment>
        <translation>بازنشانی رمز کارت</translation>
    </message>
    <message>
        <source>Card %1</source>
        <extracomment>%1 is a card number</extracomment>
        <translation>کارت %1</translation>
    </message>
    <message>
        <source>The old PIN stops working.</source>
        <translation>رمز قبلی دیگر کار نمی‌کند.</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation>رمز فعلی:</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>رمز جدید:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>تکرار رمز:</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>دو رمز واردشده یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PlanDialog</name>
    <message>
        <source>Open Installment Plan</source>
        <translation>ایجاد طرح اقساط</translation>
    </message>
    <message>
        <source>An amount</source>
        <extracomment>What an installment plan is over</extracomment>
        <translation>یک مبلغ</translation>
    </message>
    <message>
        <source>Receipt %1 of %2: %3 on credit</source>
        <extracomment>A credit sale in a list: %1 receipt number, %2 date, %3 amount on credit</extracomment>
        <translation>رسید %1 مورخ %2: %3 اعتباری</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Columns of an installment schedule</extracomment>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Owed outside plans:</source>
        <translation>بدهی خارج از طرح‌ها:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>بابت:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation>تعداد اقساط:</translation>
    </message>
    <message>
        <source>&amp;First due on:</source>
        <translation>سررسید اولین قسط:</translation>
    </message>
    <message>
        <source>&amp;Open Plan</source>
        <translation>ایجاد طرح</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>جدول اقساط:</translation>
    </message>
    <message>
        <source>Enter the amount and the first due date to see the schedule.</source>
        <translation>برای دیدن جدول اقساط، مبلغ و تاریخ سررسید اولین قسط را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the amount to put in installments.</source>
        <translation>مبلغی را که باید قسطی شود وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the first due date.</source>
        <translation>تاریخ سررسید اولین قسط را وارد کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln installment(s), %1 in all.</source>
        <translation>
            <numerusform>%Ln قسط، در مجموع %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %1 in %Ln installment(s), the first due on %2?</source>
        <extracomment>%1 amount, %Ln number of installments, %2 first due date</extracomment>
        <translation>
            <numerusform>%1 در %Ln قسط پرداخت شود و نخستین قسط در %2 سررسید شود؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::PriceDialog</name>
    <message>
        <source>New Price for %1</source>
        <extracomment>Dialog title; %1 is the product's name</extracomment>
        <translation>قیمت جدید برای %1</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>همه شعبه‌ها</translation>
    </message>
    <message>
        <source>The new price closes the current period of the same branch on that day. Past prices are never changed.</source>
        <translation>قیمت جدید، دوره قیمت فعلی همان شعبه را در آن روز می‌بندد. قیمت‌های گذشته هرگز تغییر نمی‌کنند.</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>شعبه:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>قیمت:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از تاریخ:</translation>
    </message>
    <message>
        <source>Enter the price.</source>
        <translation>قیمت را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the day the price starts.</source>
        <translation>روز شروع قیمت را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::PricePanel</name>
    <message>
        <source>New Price from &amp;Date…</source>
        <translation>قیمت جدید از تاریخ…</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Choose a product to see its prices.</source>
        <translation>یک کالا انتخاب کنید تا قیمت‌های آن را ببینید.</translation>
    </message>
    <message>
        <source>Prices of %1</source>
        <extracomment>Above the price chart; %1 is the product's name</extracomment>
        <translation>قیمت‌های %1</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>همه شعبه‌ها</translation>
    </message>
    <message>
        <source>(open)</source>
        <extracomment>An open price period has no end yet</extracomment>
        <translation>(بدون پایان)</translation>
    </message>
    <message>
        <source>This product has no price yet.</source>
        <translation>این کالا هنوز قیمتی ندارد.</translation>
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
        <translation>ارائه به‌عنوان هدیه در ازای</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>New Product</source>
        <translation>کالای جدید</translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation>ویرایش کالا</translation>
    </message>
    <message>
        <source>piece, kg, box…</source>
        <extracomment>Placeholder: the unit a product is sold in</extracomment>
        <translation>عدد، کیلوگرم، جعبه…</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No product group chosen</extracomment>
        <translation>(بدون گروه)</translation>
    </message>
    <message>
        <source>points</source>
        <extracomment>After "Offered as a gift for [N]"</extracomment>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>کد:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>بارکد:</translation>
    </message>
    <message>
        <source>Name in &amp;Persian:</source>
        <translation>نام فارسی:</translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation>نام عربی:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>نام انگلیسی:</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>گروه:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>واحد:</translation>
    </message>
    <message>
        <source>Points per &amp;unit sold:</source>
        <translation>امتیاز هر واحد فروش:</translation>
    </message>
    <message>
        <source>Gift:</source>
        <translation>هدیه:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReceiptOutput</name>
    <message>
        <source>Customer club</source>
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation>آزمایش چاپگر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>امتیاز کسب‌شده</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>مانده</translation>
    </message>
    <message>
        <source>If you can read this, the receipt printer works.</source>
        <translation>اگر این متن را می‌خوانید، چاپگر رسید کار می‌کند.</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>مانده امتیاز</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>A masked card number: only its last four digits are printed</extracomment>
        <translation>کارت</translation>
    </message>
    <message>
        <source>…%1</source>
        <translation>…%1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Available now</source>
        <translation>قابل استفاده اکنون</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>اعتبار هدیه</translation>
    </message>
    <message>
        <source>Next expiry</source>
        <extracomment>%Ln points expire on the date %1</extracomment>
        <translation>نزدیک‌ترین انقضا</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) on %1</source>
        <translation>
            <numerusform>%Ln امتیاز در %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing expires</source>
        <translation>امتیازی منقضی نمی‌شود</translation>
    </message>
    <message>
        <source>Thank you for being a member.</source>
        <translation>از همراهی شما با باشگاه مشتریان سپاسگزاریم.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RegisterWarrantyDialog</name>
    <message>
        <source>Register Warranty</source>
        <translation>ثبت گارانتی</translation>
    </message>
    <message>
        <source>Enter the months</source>
        <extracomment>Warranty period spin box at 0: the product has no default period</extracomment>
        <translation>تعداد ماه را وارد کنید</translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>Unit after the warranty period</extracomment>
        <translation> ماه</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation>شماره رسید:</translation>
    </message>
    <message>
        <source>Sale &amp;line:</source>
        <translation>ردیف فروش:</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>شماره سریال:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>مدت:</translation>
    </message>
    <message>
        <source>On &amp;card:</source>
        <translation>روی کارت:</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>Enter the receipt number.</source>
        <translation>شماره رسید را وارد کنید.</translation>
    </message>
    <message>
        <source>Receipt %1 of %2, %3.</source>
        <extracomment>%1 receipt number, %2 date and time, %3 the member's name (or "walk-in customer")</extracomment>
        <translation>رسید %1 مورخ %2، %3.</translation>
    </message>
    <message>
        <source>walk-in customer</source>
        <translation>مشتری عادی (بدون عضویت)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A sale line in the warranty dialog: product name × quantity</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>بدون کارت</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Find the sale first: enter its receipt number.</source>
        <translation>ابتدا فروش را پیدا کنید: شماره رسید آن را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReplaceCardDialog</name>
    <message>
        <source>Replace Card</source>
        <translation>جایگزینی کارت</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>کارت:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>عضو:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <extracomment>Placeholder of the note when a card is replaced or blocked</extracomment>
        <translation>در چند کلمه بنویسید چه اتفاقی افتاده است</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <source>The old card stops working at once. The new card keeps the same points and balance.</source>
        <translation>کارت قبلی بلافاصله از کار می‌افتد. کارت جدید همان امتیازها و موجودی را خواهد داشت.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <extracomment>Button: replace the card now</extracomment>
        <translation>جایگزینی</translation>
    </message>
    <message>
        <source>Replace card %1 of %2?
The old card stops working and a new number is issued.</source>
        <extracomment>%1 is the card number, %2 the member's name</extracomment>
        <translation>کارت %1 متعلق به %2 جایگزین شود؟
کارت قبلی از کار می‌افتد و شماره جدیدی صادر می‌شود.</translation>
    </message>
    <message>
        <source>Card replaced.
New number: %1</source>
        <extracomment>Shown after replacing a card; %1 is the new card number</extracomment>
        <translation>کارت جایگزین شد.
شماره جدید: %1</translation>
    </message>
    <message>
        <source>The new card was not encoded, so the old card still works. Press Replace to try again.</source>
        <translation>کارت جدید کدگذاری نشد، بنابراین کارت قبلی همچنان کار می‌کند. برای تلاش دوباره، «جایگزینی» را بزنید.</translation>
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
        <translation>همه</translation>
    </message>
    <message>
        <source>&amp;Run Report</source>
        <translation>اجرای گزارش</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>گزارش‌ها</translation>
    </message>
    <message>
        <source>By month</source>
        <extracomment>How a report groups its rows</extracomment>
        <translation>به تفکیک ماه</translation>
    </message>
    <message>
        <source>By day</source>
        <extracomment>How a report groups its rows</extracomment>
        <translation>به تفکیک روز</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از تاریخ:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>تا تاریخ:</translation>
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation>دوره‌ها:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>شعبه:</translation>
    </message>
    <message>
        <source>Card t&amp;ype:</source>
        <translation>نوع کارت:</translation>
    </message>
    <message>
        <source>Member &amp;group:</source>
        <translation>گروه اعضا:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>سطح:</translation>
    </message>
    <message>
        <source>Product gro&amp;up:</source>
        <translation>گروه کالا:</translation>
    </message>
    <message>
        <source>The report was stopped.</source>
        <translation>گزارش متوقف شد.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <extracomment>A report's date range: %1 first day, %2 last day</extracomment>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع کارت</translation>
    </message>
    <message>
        <source>Member group</source>
        <translation>گروه اعضا</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Product group</source>
        <translation>گروه کالا</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A report filter in the printout: %1 what, %2 the chosen value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Working out the report…</source>
        <translation>در حال تهیه گزارش…</translation>
    </message>
    <message>
        <source>Nothing to report for these filters.</source>
        <translation>برای این فیلترها موردی برای گزارش وجود ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s).</source>
        <translation>
            <numerusform>%Ln ردیف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>فایل %1 نوشته نشد. پوشه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>خروجی PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RestoreDialog</name>
    <message>
        <source>Read the Backup</source>
        <translation>خواندن نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Replace the current data with this backup (the current data is kept aside)</source>
        <translation>جایگزینی داده‌های فعلی با این نسخه پشتیبان (داده‌های فعلی جداگانه نگهداری می‌شوند)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>بازگردانی نسخه پشتیبان</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>فایل پشتیبان:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارت عبور:</translation>
    </message>
    <message>
        <source>Made on %1. It holds %2 members, %3 cards, %4 ledger entries and %5 sales.</source>
        <extracomment>what a backup holds; %1 date and time, %2..%5 counts</extracomment>
        <translation>تهیه‌شده در %1. شامل %2 عضو، %3 کارت، %4 ردیف دفتر حساب و %5 فروش است.</translation>
    </message>
    <message>
        <source>The backup was checked and is ready. Close the program and start it again: the restored data is put in place then, and the current data is kept aside.</source>
        <translation>نسخه پشتیبان بررسی شد و آماده است. برنامه را ببندید و دوباره اجرا کنید: داده‌های بازگردانی‌شده در آن هنگام جایگزین می‌شوند و داده‌های فعلی جداگانه نگهداری می‌شوند.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>Receipt number, then Enter</source>
        <translation>شماره رسید را وارد کنید و Enter را بزنید</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>شماره رسید:</translation>
    </message>
    <message>
        <source>Receipt %1 — %2 — %3</source>
        <translation>رسید %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>فروخته‌شده</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>مرجوعی قبلی</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>مرجوعی این بار</translation>
    </message>
    <message>
        <source>Return &amp;all</source>
        <translation>مرجوع کردن همه</translation>
    </message>
    <message>
        <source>&amp;Return the items…</source>
        <translation>مرجوع کردن اقلام…</translation>
    </message>
    <message>
        <source>Type the number printed on the receipt.</source>
        <translation>شماره چاپ‌شده روی رسید را وارد کنید.</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>مشتری عادی (بدون عضویت)</translation>
    </message>
    <message>
        <source>Receipt %1 of %2, %3: %4 paid, %5 points earned.</source>
        <extracomment>%1 receipt number, %2 date and time, %3 customer, %4 amount</extracomment>
        <translation>رسید %1 در %2، %3: پرداخت %4، کسب %5 امتیاز.</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>کالای %1</translation>
    </message>
    <message numerus="yes">
        <source>About %1 back to the customer and %Ln earned point(s) taken back.</source>
        <translation>
            <numerusform>حدود %1 به مشتری بازپرداخت و %Ln امتیاز کسب‌شده پس گرفته می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose how many of each item come back.</source>
        <translation>تعداد مرجوعی هر قلم را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Return the chosen items and pay back the customer?</source>
        <translation>اقلام انتخاب‌شده مرجوع و وجه آن به مشتری بازپرداخت شود؟</translation>
    </message>
    <message>
        <source>Return recorded. Pay back %1.</source>
        <translation>مرجوعی ثبت شد. %1 به مشتری بازپرداخت کنید.</translation>
    </message>
    <message>
        <source>%1 back onto the stored value.</source>
        <translation>%1 به اعتبار هدیه برگشت.</translation>
    </message>
    <message>
        <source>%1 off what the member owes.</source>
        <translation>%1 از بدهی عضو کسر شد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln earned point(s) taken back.</source>
        <translation>
            <numerusform>%Ln امتیاز کسب‌شده پس گرفته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln redeemed point(s) given back.</source>
        <translation>
            <numerusform>%Ln امتیاز استفاده‌شده بازگردانده شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) had already been spent.</source>
        <translation>
            <numerusform>%Ln امتیاز قبلاً خرج شده بود.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept from the refund.</source>
        <translation>%1 از وجه بازپرداختی کسر شد.</translation>
    </message>
    <message>
        <source>The member now owes %1.</source>
        <translation>اکنون بدهی عضو %1 است.</translation>
    </message>
    <message>
        <source>This return had already been recorded; nothing more was recorded.</source>
        <translation>این مرجوعی قبلاً ثبت شده بود؛ مورد دیگری ثبت نشد.</translation>
    </message>
    <message>
        <source>Pending sync — %1 — %2</source>
        <translation>در انتظار همگام‌سازی — %1 — %2</translation>
    </message>
    <message>
        <source>Return kept for the central server (pending sync). Pay back about %1.</source>
        <extracomment>%1 the refund as this desk works it out; the central server records the return later</extracomment>
        <translation>مرجوعی برای ارسال به سرور مرکزی نگه داشته شد (در انتظار همگام‌سازی). حدود %1 به مشتری بازپرداخت کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::Role</name>
    <message>
        <source>Administrator</source>
        <extracomment>An operator role: may do everything, including managing operators</extracomment>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <source>Manager</source>
        <extracomment>An operator role: runs the store</extracomment>
        <translation>مدیر فروشگاه</translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>An operator role: works at the counter</extracomment>
        <translation>کارمند</translation>
    </message>
    <message>
        <source>Accountant</source>
        <extracomment>An operator role: handles debts and reports</extracomment>
        <translation>حسابدار</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleDialog</name>
    <message>
        <source>New Rule</source>
        <translation>قاعده جدید</translation>
    </message>
    <message>
        <source>Change Rule — %1</source>
        <extracomment>Window title; %1 is the rule's name</extracomment>
        <translation>تغییر قاعده — %1</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>قاعده</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>محدودیت‌ها</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <extracomment>Suffix-like placeholder of the percentage field</extracomment>
        <translation>مثلاً %1</translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>Threshold counted in points earned</extracomment>
        <translation>امتیاز کسب‌شده</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <extracomment>Threshold counted in money paid</extracomment>
        <translation>مبلغ پرداختی</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>&amp;Earns:</source>
        <translation>کسب امتیاز:</translation>
    </message>
    <message>
        <source>Discount &amp;for:</source>
        <translation>تخفیف برای:</translation>
    </message>
    <message>
        <source>Disc&amp;ount:</source>
        <translation>تخفیف:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>کالا:</translation>
    </message>
    <message>
        <source>Product &amp;group:</source>
        <translation>گروه کالا:</translation>
    </message>
    <message>
        <source>&amp;Card type:</source>
        <translation>نوع کارت:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>سطح:</translation>
    </message>
    <message>
        <source>Percent&amp;age off (%):</source>
        <translation>درصد تخفیف (%):</translation>
    </message>
    <message>
        <source>Amount off each &amp;unit:</source>
        <translation>تخفیف هر واحد:</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>امتیاز:</translation>
    </message>
    <message>
        <source>For every &amp;amount paid:</source>
        <translation>به ازای هر مبلغ پرداختی:</translation>
    </message>
    <message>
        <source>Ro&amp;unding:</source>
        <translation>گرد کردن:</translation>
    </message>
    <message>
        <source>Threshold &amp;counts:</source>
        <translation>مبنای آستانه:</translation>
    </message>
    <message>
        <source>A gift e&amp;very:</source>
        <translation>یک هدیه به ازای هر:</translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation>هدیه:</translation>
    </message>
    <message>
        <source>New version &amp;from:</source>
        <translation>نسخه جدید از:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <extracomment>The last day a rule is in force; empty means no end</extracomment>
        <translation>آخرین روز:</translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation>روزهای هفته:</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>فقط بین</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>Between the start and the end of the hour window</extracomment>
        <translation>و</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>ساعت‌ها:</translation>
    </message>
    <message>
        <source>Empty: always</source>
        <translation>خالی: همیشه</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>کمپین:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation>امتیاز ×</translation>
    </message>
    <message>
        <source>Tier &amp;multipliers (earn rules; empty = ×1):</source>
        <translation>ضریب سطح‌ها (قاعده‌های کسب امتیاز؛ خالی = ×۱):</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بدون محدودیت</translation>
    </message>
    <message>
        <source>At most per member per &amp;day:</source>
        <translation>حداکثر برای هر عضو در روز:</translation>
    </message>
    <message>
        <source>At most per member in &amp;all:</source>
        <translation>حداکثر برای هر عضو در کل:</translation>
    </message>
    <message>
        <source>Smaller numbers run first.</source>
        <translation>عدد کوچک‌تر زودتر اجرا می‌شود.</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>اولویت:</translation>
    </message>
    <message>
        <source>E&amp;xclusive: no later rule of its type applies to the same item</source>
        <translation>انحصاری: هیچ قاعده بعدی از همین نوع روی همین قلم اعمال نمی‌شود</translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>No product, group, card type or tier chosen yet</extracomment>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <source>Enter a percentage between %1 and %2, with at most two decimals.</source>
        <translation>درصدی بین %1 و %2 با حداکثر دو رقم اعشار وارد کنید.</translation>
    </message>
    <message>
        <source>Enter a multiplier such as %1, between %2 and %3.</source>
        <translation>ضریبی مانند %1، بین %2 و %3 وارد کنید.</translation>
    </message>
    <message>
        <source>Nothing checked: at every merchant.</source>
        <translation>هیچ موردی انتخاب نشده: نزد همه پذیرندگان.</translation>
    </message>
    <message>
        <source>Only in these guil&amp;ds:</source>
        <translation>فقط در این صنف‌ها:</translation>
    </message>
    <message>
        <source>Only at these merc&amp;hants:</source>
        <translation>فقط نزد این پذیرندگان:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Only members of:</source>
        <translation>فقط اعضای:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleModel</name>
    <message>
        <source>from %1</source>
        <extracomment>Validity of a rule with no end; %1 is its first day</extracomment>
        <translation>از %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>Validity of a rule; %1 first day, %2 last day</extracomment>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>A rule (version) no longer in force</extracomment>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <source>Starts later</source>
        <extracomment>A rule (version) that starts later</extracomment>
        <translation>شروع در آینده</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>A rule (version) in force now</extracomment>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: earn points or discount</extracomment>
        <translation>نوع</translation>
    </message>
    <message>
        <source>What it does</source>
        <extracomment>Column: what the rule does, in words</extracomment>
        <translation>عملکرد</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>دوره اجرا</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleText</name>
    <message>
        <source>Earn points</source>
        <extracomment>Rule family: rules that give points</extracomment>
        <translation>کسب امتیاز</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Points per amount paid</source>
        <translation>امتیاز به ازای مبلغ پرداختی</translation>
    </message>
    <message>
        <source>Points per amount paid in a product group</source>
        <translation>امتیاز به ازای مبلغ پرداختی در یک گروه کالا</translation>
    </message>
    <message>
        <source>Points per unit of a product</source>
        <translation>امتیاز به ازای هر واحد از یک کالا</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>امتیاز جایزه تولد</translation>
    </message>
    <message>
        <source>Wedding anniversary bonus</source>
        <translation>امتیاز جایزه سالگرد ازدواج</translation>
    </message>
    <message>
        <source>Welcome bonus on the first purchase</source>
        <translation>امتیاز خوش‌آمدگویی در اولین خرید</translation>
    </message>
    <message>
        <source>Referral bonus to the referrer</source>
        <translation>امتیاز معرفی برای معرف</translation>
    </message>
    <message>
        <source>A gift every time a threshold is reached</source>
        <translation>یک هدیه در هر بار رسیدن به آستانه</translation>
    </message>
    <message>
        <source>Holders of a card type</source>
        <translation>دارندگان یک نوع کارت</translation>
    </message>
    <message>
        <source>Members of a tier</source>
        <translation>اعضای یک سطح</translation>
    </message>
    <message>
        <source>A product group</source>
        <translation>یک گروه کالا</translation>
    </message>
    <message>
        <source>A product</source>
        <translation>یک کالا</translation>
    </message>
    <message>
        <source>A percentage off</source>
        <translation>درصد تخفیف</translation>
    </message>
    <message>
        <source>A fixed amount off each unit</source>
        <translation>مبلغ ثابت تخفیف برای هر واحد</translation>
    </message>
    <message>
        <source>A percentage off and points on the rest</source>
        <translation>درصد تخفیف و امتیاز برای باقی‌مانده</translation>
    </message>
    <message>
        <source>Round down</source>
        <extracomment>Rounding of fractional points</extracomment>
        <translation>گرد کردن به پایین</translation>
    </message>
    <message>
        <source>Round to the nearest</source>
        <extracomment>Rounding of fractional points</extracomment>
        <translation>گرد کردن به نزدیک‌ترین عدد</translation>
    </message>
    <message>
        <source>Round up</source>
        <extracomment>Rounding of fractional points</extracomment>
        <translation>گرد کردن به بالا</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Discount rule in the list: %1 whom or what it targets, %2 how much it takes off</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>points for the amount paid</source>
        <translation>امتیاز به ازای مبلغ پرداختی</translation>
    </message>
    <message>
        <source>points for the amount paid in the group</source>
        <translation>امتیاز به ازای مبلغ پرداختی در گروه</translation>
    </message>
    <message>
        <source>points for each unit of the product</source>
        <translation>امتیاز به ازای هر واحد از کالا</translation>
    </message>
    <message>
        <source>a percentage off</source>
        <translation>درصد تخفیف</translation>
    </message>
    <message>
        <source>a fixed amount off</source>
        <translation>مبلغ ثابت تخفیف</translation>
    </message>
    <message>
        <source>a percentage off and points on the rest</source>
        <translation>درصد تخفیف و امتیاز برای باقی‌مانده</translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation>امتیاز جایزه تولد</translation>
    </message>
    <message>
        <source>wedding anniversary bonus</source>
        <translation>امتیاز جایزه سالگرد ازدواج</translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation>امتیاز خوش‌آمدگویی</translation>
    </message>
    <message>
        <source>referral bonus</source>
        <translation>امتیاز معرفی</translation>
    </message>
    <message>
        <source>threshold gift</source>
        <translation>هدیه آستانه</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleTryPanel</name>
    <message>
        <source>Try It</source>
        <translation>امتحان قاعده‌ها</translation>
    </message>
    <message>
        <source>Today is the member's &amp;birthday</source>
        <translation>امروز تولد عضو است</translation>
    </message>
    <message>
        <source>T&amp;ry</source>
        <translation>امتحان</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>کالا:</translation>
    </message>
    <message>
        <source>&amp;Amount paid:</source>
        <translation>مبلغ پرداختی:</translation>
    </message>
    <message>
        <source>Member's &amp;tier:</source>
        <translation>سطح عضو:</translation>
    </message>
    <message>
        <source>&amp;Card type:</source>
        <translation>نوع کارت:</translation>
    </message>
    <message>
        <source>For a member with no purchases yet, through the rules in force now. Nothing is saved.</source>
        <translation>برای عضوی که هنوز خریدی نداشته، بر اساس قاعده‌های فعلی. چیزی ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Add a product to the catalog first.</source>
        <translation>ابتدا یک کالا به فهرست کالاها اضافه کنید.</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>مبلغ پرداختی را وارد کنید.</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>تخفیف: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>قابل پرداخت: %1</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>امتیاز: %1</translation>
    </message>
    <message>
        <source> (cut by the daily limit)</source>
        <translation> (محدودشده با سقف روزانه)</translation>
    </message>
    <message>
        <source> (cut by the limit per member)</source>
        <translation> (محدودشده با سقف هر عضو)</translation>
    </message>
    <message>
        <source>• %1: %2, discount %3, points %4</source>
        <extracomment>One reason in the preview: %1 rule name, %2 what it did, %3 discount, %4 points</extracomment>
        <translation>• %1: %2، تخفیف %3، امتیاز %4</translation>
    </message>
    <message>
        <source>• %1: %2, points %3</source>
        <extracomment>One bonus in the preview: %1 rule name, %2 what it is, %3 points</extracomment>
        <translation>• %1: %2، امتیاز %3</translation>
    </message>
    <message>
        <source>No rule applies.</source>
        <translation>هیچ قاعده‌ای اعمال نمی‌شود.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>tier</comment>
        <extracomment>No tier: the preview's member has none</extracomment>
        <translation>بدون سطح</translation>
    </message>
    <message>
        <source>None</source>
        <comment>card type</comment>
        <extracomment>No card presented in the preview</extracomment>
        <translation>بدون کارت</translation>
    </message>
</context>
<context>
    <name>Club::Ui::RulesPage</name>
    <message>
        <source>Show &amp;ended rules</source>
        <translation>نمایش قاعده‌های پایان‌یافته</translation>
    </message>
    <message>
        <source>&amp;New Rule…</source>
        <translation>قاعده جدید…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <extracomment>Makes a new version of the selected rule from a chosen day</extracomment>
        <translation>تغییر…</translation>
    </message>
    <message>
        <source>E&amp;nd Rule…</source>
        <translation>پایان دادن به قاعده…</translation>
    </message>
    <message>
        <source>New rule (%1)</source>
        <translation>قاعده جدید (%1)</translation>
    </message>
    <message>
        <source>&amp;Versions of the selected rule:</source>
        <translation>نسخه‌های قاعده انتخاب‌شده:</translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Side bar page title: earn and discount rules</extracomment>
        <translation>قاعده‌ها</translation>
    </message>
    <message>
        <source>No rules yet. Create the first with New Rule.</source>
        <translation>هنوز قاعده‌ای وجود ندارد. اولین قاعده را با «قاعده جدید» بسازید.</translation>
    </message>
    <message>
        <source>End the rule “%1” now? Sales from now on no longer use it; the points it already gave stay, and its versions stay in the history.</source>
        <extracomment>%1 is the rule's name</extracomment>
        <translation>به قاعده «%1» هم‌اکنون پایان داده شود؟ فروش‌های بعدی دیگر از آن استفاده نمی‌کنند؛ امتیازهایی که تاکنون داده باقی می‌مانند و نسخه‌های آن در تاریخچه حفظ می‌شوند.</translation>
    </message>
    <message>
        <source>End Rule</source>
        <translation>پایان دادن به قاعده</translation>
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
        <translation>باشگاه مشتریان</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>شماره رسید</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>مشتری عادی (بدون عضویت)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>فروش</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A receipt line: product name × quantity</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>  discount</source>
        <translation>  تخفیف</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <extracomment>%Ln points redeemed</extracomment>
        <translation>
            <numerusform>پرداخت با %Ln امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid from stored value</source>
        <translation>پرداخت از اعتبار هدیه</translation>
    </message>
    <message>
        <source>On credit</source>
        <translation>به‌صورت اعتباری</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>امتیاز کسب‌شده</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>قابل استفاده از</translation>
    </message>
    <message>
        <source>Thank you for your purchase.</source>
        <translation>از خرید شما سپاسگزاریم.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>بازپرداخت وجه</translation>
    </message>
    <message>
        <source>Back to stored value</source>
        <translation>برگشت به اعتبار هدیه</translation>
    </message>
    <message>
        <source>Off the credit owed</source>
        <translation>کسر از بدهی اعتباری</translation>
    </message>
    <message>
        <source>Points given back</source>
        <translation>امتیاز بازگردانده‌شده</translation>
    </message>
    <message>
        <source>Earned points taken back</source>
        <translation>امتیاز کسب‌شده پس‌گرفته‌شده</translation>
    </message>
    <message>
        <source>Points already spent</source>
        <translation>امتیاز از قبل خرج‌شده</translation>
    </message>
    <message>
        <source>Kept from the refund</source>
        <translation>کسرشده از بازپرداخت</translation>
    </message>
    <message>
        <source>Owed by the member</source>
        <translation>بدهی عضو</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>هدیه</translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation>امتیاز خرج‌شده</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>The receipt could not be saved as PDF.</source>
        <translation>رسید به‌صورت PDF ذخیره نشد.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>ذخیره رسید</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pending sync</source>
        <extracomment>On a receipt: the central server has not recorded this sale yet</extracomment>
        <translation>در انتظار همگام‌سازی</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SaleWords</name>
    <message>
        <source>Rule “%1” gives a percentage discount of %2.</source>
        <extracomment>%1 the rule's name, %2 an amount of money</extracomment>
        <translation>قاعده «%1» تخفیف درصدی به مبلغ %2 می‌دهد.</translation>
    </message>
    <message>
        <source>Rule “%1” takes a fixed %2 off.</source>
        <translation>قاعده «%1» مبلغ ثابت %2 تخفیف می‌دهد.</translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” gives a discount of %2 and %Ln point(s).</source>
        <extracomment>A rule that gives part of its reward as a discount and part as points</extracomment>
        <translation>
            <numerusform>قاعده «%1» %2 تخفیف و %Ln امتیاز می‌دهد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” earns %Ln point(s) for the amount paid.</source>
        <translation>
            <numerusform>قاعده «%1» به ازای مبلغ پرداختی %Ln امتیاز می‌دهد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” earns %Ln point(s) for buying from this product group.</source>
        <translation>
            <numerusform>قاعده «%1» برای خرید از این گروه کالا %Ln امتیاز می‌دهد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” earns %Ln point(s) for each unit of this product.</source>
        <translation>
            <numerusform>قاعده «%1» به ازای هر واحد از این کالا %Ln امتیاز می‌دهد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule “%1” gives a discount of %2.</source>
        <translation>قاعده «%1» %2 تخفیف می‌دهد.</translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” gives %Ln point(s).</source>
        <translation>
            <numerusform>قاعده «%1» %Ln امتیاز می‌دهد.</numerusform>
        </translation>
    </message>
    <message>
        <source>(Cut to the rule's daily limit.)</source>
        <translation>(محدودشده به سقف روزانه قاعده.)</translation>
    </message>
    <message>
        <source>(Cut to the rule's limit per member.)</source>
        <translation>(محدودشده به سقف هر عضو در قاعده.)</translation>
    </message>
    <message numerus="yes">
        <source>Happy birthday: rule “%1” adds %Ln point(s).</source>
        <translation>
            <numerusform>تولدتان مبارک: قاعده «%1» %Ln امتیاز اضافه می‌کند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wedding anniversary: rule “%1” adds %Ln point(s).</source>
        <translation>
            <numerusform>سالگرد ازدواج: قاعده «%1» %Ln امتیاز اضافه می‌کند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome bonus: rule “%1” adds %Ln point(s).</source>
        <translation>
            <numerusform>امتیاز خوش‌آمدگویی: قاعده «%1» %Ln امتیاز اضافه می‌کند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First purchase of a referred member: rule “%1” gives the referrer %Ln point(s).</source>
        <translation>
            <numerusform>اولین خرید عضو معرفی‌شده: قاعده «%1» به معرف %Ln امتیاز می‌دهد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” gives %Ln gift(s) for reaching its threshold.</source>
        <translation>
            <numerusform>قاعده «%1» برای رسیدن به آستانه %Ln هدیه می‌دهد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” adds %Ln point(s).</source>
        <translation>
            <numerusform>قاعده «%1» %Ln امتیاز اضافه می‌کند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Points already spent were taken from the member's other points; what they could not cover is owed.</source>
        <translation>امتیازهای از قبل خرج‌شده از سایر امتیازهای عضو کسر شد؛ مقداری که پوشش داده نشد، بدهی عضو است.</translation>
    </message>
    <message>
        <source>The value of points already spent is owed by the member.</source>
        <translation>ارزش امتیازهای از قبل خرج‌شده بدهی عضو است.</translation>
    </message>
    <message>
        <source>The value of points already spent was kept from the refund.</source>
        <translation>ارزش امتیازهای از قبل خرج‌شده از وجه بازپرداختی کسر شد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SalesDeskPage</name>
    <message>
        <source>Card number or mobile, then Enter</source>
        <translation>شماره کارت یا تلفن همراه را وارد کنید و Enter را بزنید</translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation>مشتری عادی</translation>
    </message>
    <message>
        <source>A customer without a card (F4)</source>
        <translation>مشتری بدون کارت (F4)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <source>Scan or type a code or barcode, then Enter</source>
        <translation>کد یا بارکد را اسکن یا تایپ کنید و Enter را بزنید</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>کالا:</translation>
    </message>
    <message>
        <source>&amp;Qty:</source>
        <translation>تعداد:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation>حذف ردیف (Del)</translation>
    </message>
    <message>
        <source>Change qty… (F6)</source>
        <translation>تغییر تعداد… (F6)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>جمع‌بندی</translation>
    </message>
    <message>
        <source>Redeem points (F8):</source>
        <translation>استفاده از امتیاز (F8):</translation>
    </message>
    <message>
        <source>From stored value:</source>
        <translation>از اعتبار هدیه:</translation>
    </message>
    <message>
        <source>On credit:</source>
        <translation>از اعتبار:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>جمع کل:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>تخفیف:</translation>
    </message>
    <message>
        <source>Paid with points:</source>
        <translation>پرداخت با امتیاز:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>قابل پرداخت:</translation>
    </message>
    <message>
        <source>Points to earn:</source>
        <translation>امتیاز قابل کسب:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>پرداخت (F12)</translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation>فروش جدید (Esc)</translation>
    </message>
    <message>
        <source>Return… (F9)</source>
        <translation>مرجوعی… (F9)</translation>
    </message>
    <message>
        <source>Gift… (F10)</source>
        <translation>هدیه… (F10)</translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation>چاپ دوباره رسید</translation>
    </message>
    <message>
        <source>No card or member has this number.</source>
        <translation>هیچ کارت یا عضوی با این شماره وجود ندارد.</translation>
    </message>
    <message>
        <source>Several members match. Type the whole mobile number or the card number.</source>
        <translation>چند عضو با این شماره مطابقت دارند. شماره کامل تلفن همراه یا شماره کارت را وارد کنید.</translation>
    </message>
    <message>
        <source>This card is blocked and cannot be used.</source>
        <translation>این کارت مسدود است و قابل استفاده نیست.</translation>
    </message>
    <message>
        <source>This card is not active and cannot be used.</source>
        <translation>این کارت فعال نیست و قابل استفاده نیست.</translation>
    </message>
    <message>
        <source>%1 — %2 points available</source>
        <extracomment>%1 the member and card, %2 their points</extracomment>
        <translation>%1 — %2 امتیاز قابل استفاده</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>مشتری عادی (بدون عضویت)</translation>
    </message>
    <message>
        <source>No product has the code or barcode %1.</source>
        <translation>هیچ کالایی با کد یا بارکد %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Several products match %1. Scan the barcode or type the whole code.</source>
        <translation>چند کالا با %1 مطابقت دارند. بارکد را اسکن کنید یا کد کامل را وارد کنید.</translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation>تغییر تعداد</translation>
    </message>
    <message>
        <source>Quantity of %1:</source>
        <translation>تعداد %1:</translation>
    </message>
    <message>
        <source>of %1</source>
        <extracomment>What the member can still use</extracomment>
        <translation>از %1</translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>The money a number of points is worth</extracomment>
        <translation>= %1</translation>
    </message>
    <message>
        <source>No points for a walk-in customer.</source>
        <translation>مشتری عادی امتیاز ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s), available from %1</source>
        <extracomment>%Ln points, %1 the date they can be spent</extracomment>
        <translation>
            <numerusform>%Ln امتیاز، قابل استفاده از %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln امتیاز</numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>قاعده %1</translation>
    </message>
    <message>
        <source>No rule applies to this line.</source>
        <translation>هیچ قاعده‌ای روی این ردیف اعمال نمی‌شود.</translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation>رمز کارت</translation>
    </message>
    <message>
        <source>The customer types the card's PIN to spend points.</source>
        <translation>برای خرج امتیاز، مشتری رمز کارت را وارد می‌کند.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>رمز کارت:</translation>
    </message>
    <message>
        <source>Sale recorded, receipt %1. Paid %2.</source>
        <translation>فروش ثبت شد، رسید %1. مبلغ پرداختی: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) earned, available from %1.</source>
        <translation>
            <numerusform>%Ln امتیاز کسب شد، قابل استفاده از %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) earned.</source>
        <translation>
            <numerusform>%Ln امتیاز کسب شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>فروش جدید</translation>
    </message>
    <message>
        <source>Empty the basket and start a new sale?</source>
        <translation>سبد خرید خالی و فروش جدید شروع شود؟</translation>
    </message>
    <message>
        <source>A gift is for a member: present the card or type the mobile first.</source>
        <translation>هدیه مخصوص اعضاست: ابتدا کارت را ارائه کنید یا شماره تلفن همراه را وارد کنید.</translation>
    </message>
    <message>
        <source>Sales desk</source>
        <translation>میز فروش</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>پیشنهادها</translation>
    </message>
    <message>
        <source>Nothing to suggest for this member today.</source>
        <translation>امروز پیشنهادی برای این عضو وجود ندارد.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the sale is kept and will be sent later (pending sync). Paid %1.</source>
        <translation>دسترسی به سرور ممکن نیست: فروش نگه داشته می‌شود و بعداً ارسال خواهد شد (در انتظار همگام‌سازی). مبلغ پرداختی: %1.</translation>
    </message>
    <message>
        <source>Warranty… (F11)</source>
        <translation>گارانتی… (F11)</translation>
    </message>
    <message>
        <source>Register the warranty of an item of the sale just made</source>
        <translation>ثبت گارانتی یکی از اقلام فروشی که همین الان انجام شد</translation>
    </message>
    <message>
        <source>Warranty registered for serial number %1 until %2.</source>
        <translation>گارانتی برای شماره سریال %1 تا %2 ثبت شد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SalesSettingsSection</name>
    <message>
        <source>Sales and Points</source>
        <translation>فروش و امتیاز</translation>
    </message>
    <message>
        <source>Save &amp;Sales Settings</source>
        <translation>ذخیره تنظیمات فروش</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days, e.g. "7 days"</extracomment>
        <translation> روز</translation>
    </message>
    <message>
        <source>Take them from the member's other points; what is missing is owed</source>
        <translation>از سایر امتیازهای عضو کسر شود؛ کسری به‌عنوان بدهی ثبت شود</translation>
    </message>
    <message>
        <source>The member owes their value</source>
        <translation>ارزش آن‌ها بدهی عضو شود</translation>
    </message>
    <message>
        <source>Keep their value from the refund</source>
        <translation>ارزش آن‌ها از وجه بازپرداختی کسر شود</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بدون محدودیت</translation>
    </message>
    <message>
        <source>After a number of days</source>
        <translation>پس از چند روز</translation>
    </message>
    <message>
        <source>At the end of the month, after a number of days</source>
        <translation>در پایان ماه، پس از چند روز</translation>
    </message>
    <message>
        <source>At the end of the year, after a number of days</source>
        <translation>در پایان سال، پس از چند روز</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Earned points never expire</extracomment>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Buying points: a price of 0 turns it off</extracomment>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>A redeemed point &amp;pays:</source>
        <translation>ارزش هر امتیاز استفاده‌شده:</translation>
    </message>
    <message>
        <source>&amp;Return window (earned points wait):</source>
        <translation>مهلت مرجوعی (امتیازهای کسب‌شده در انتظار می‌مانند):</translation>
    </message>
    <message>
        <source>A return takes back points already &amp;spent:</source>
        <translation>نحوه پس گرفتن امتیازهای از قبل خرج‌شده در مرجوعی:</translation>
    </message>
    <message>
        <source>Staff may &amp;refund up to:</source>
        <translation>سقف بازپرداخت وجه توسط کارمند:</translation>
    </message>
    <message>
        <source>Points &amp;expire:</source>
        <translation>انقضای امتیاز:</translation>
    </message>
    <message>
        <source>Points &amp;lifetime:</source>
        <translation>مدت اعتبار امتیاز:</translation>
    </message>
    <message>
        <source>Price of one point &amp;bought:</source>
        <translation>قیمت خرید هر امتیاز:</translation>
    </message>
    <message>
        <source>Store &amp;time zone:</source>
        <translation>منطقه زمانی فروشگاه:</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Asia/Tehran.</source>
        <translation>یک منطقه زمانی از فهرست انتخاب کنید، مانند Asia/Tehran.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::ScheduledBackups</name>
    <message>
        <source>Backups are not set up (Settings → Backups).</source>
        <translation>پشتیبان‌گیری تنظیم نشده است (تنظیمات ← پشتیبان‌گیری).</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>پشتیبان‌گیری روزانه ناموفق بود: %1</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>هنوز هیچ نسخه پشتیبانی تهیه نشده است.</translation>
    </message>
    <message>
        <source>The last good backup is more than a day old (%1).</source>
        <translation>آخرین نسخه پشتیبان سالم بیش از یک روز پیش تهیه شده است (%1).</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>آخرین پشتیبان: %1</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SegmentsPanel</name>
    <message>
        <source>Any</source>
        <extracomment>A filter condition that is not used</extracomment>
        <translation>فرقی ندارد</translation>
    </message>
    <message>
        <source>Can receive SMS (has a mobile, did not opt out)</source>
        <translation>می‌تواند پیامک دریافت کند (تلفن همراه دارد و انصراف نداده است)</translation>
    </message>
    <message>
        <source>Can receive email (has an address, did not opt out)</source>
        <translation>می‌تواند ایمیل دریافت کند (نشانی ایمیل دارد و انصراف نداده است)</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days in a spin box; keep the leading space</extracomment>
        <translation> روز</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>سطح:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>گروه:</translation>
    </message>
    <message>
        <source>Holds a card of type:</source>
        <translation>دارای کارتی از نوع:</translation>
    </message>
    <message>
        <source>No purchase in the last:</source>
        <translation>بدون خرید در بازه اخیر:</translation>
    </message>
    <message>
        <source>Bought within the last:</source>
        <translation>خرید در بازه اخیر:</translation>
    </message>
    <message>
        <source>Birthday within the next:</source>
        <translation>تولد در بازه پیش رو:</translation>
    </message>
    <message>
        <source>Points expiring within:</source>
        <translation>انقضای امتیاز ظرف:</translation>
    </message>
    <message>
        <source>Points at least:</source>
        <translation>حداقل امتیاز:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>شهر:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>&amp;New segment</source>
        <translation>بخش مشتریان جدید</translation>
    </message>
    <message>
        <source>S&amp;how members</source>
        <translation>نمایش اعضا</translation>
    </message>
    <message>
        <source>&amp;Save segment</source>
        <translation>ذخیره بخش مشتریان</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in this segment.</source>
        <translation>
            <numerusform>%Ln عضو در این بخش مشتریان.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::ServerSettingsSection</name>
    <message>
        <source>Central server</source>
        <translation>سرور مرکزی</translation>
    </message>
    <message>
        <source>Save the &amp;Connection</source>
        <translation>ذخیره اتصال</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <source>&amp;Refused sales…</source>
        <translation>فروش‌های نپذیرفته…</translation>
    </message>
    <message>
        <source>With a central server, sales, balances and points are shared by every branch. Leave the address empty to work on this computer's store only.</source>
        <translation>با سرور مرکزی، فروش‌ها، مانده‌ها و امتیازها بین همه شعبه‌ها مشترک می‌شوند. برای کار فقط با فروشگاه همین رایانه، نشانی را خالی بگذارید.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>نشانی سرور:</translation>
    </message>
    <message>
        <source>Ter&amp;minal id:</source>
        <translation>شناسه پایانه:</translation>
    </message>
    <message>
        <source>Terminal s&amp;ecret:</source>
        <translation>رمز پایانه:</translation>
    </message>
    <message>
        <source>Points a card may spend &amp;offline:</source>
        <translation>امتیازی که هر کارت می‌تواند در حالت آفلاین خرج کند:</translation>
    </message>
    <message>
        <source>Stored value and credit a card may spend o&amp;ffline:</source>
        <translation>اعتبار هدیه و اعتباری که هر کارت می‌تواند در حالت آفلاین خرج کند:</translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <extracomment>The terminal secret is saved and not shown again</extracomment>
        <translation>ذخیره شده است؛ برای جایگزینی، مقدار جدیدی وارد کنید</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <source>Syncing with the central server…</source>
        <translation>در حال همگام‌سازی با سرور مرکزی…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln record(s) received</source>
        <extracomment>While syncing: records received from the central server so far</extracomment>
        <translation>
            <numerusform>در حال همگام‌سازی… %Ln رکورد دریافت شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>هنوز همگام‌سازی نشده است.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <extracomment>%1 date and time of the last complete sync with the central server</extracomment>
        <translation>آخرین همگام‌سازی: %1</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>فروشگاه</translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation>نام فروشگاه:</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>فایل داده‌ها:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation>زبان برنامه:</translation>
    </message>
    <message>
        <source>Points Ledger</source>
        <translation>دفتر حساب امتیاز</translation>
    </message>
    <message>
        <source>&amp;Verify the ledger</source>
        <translation>بررسی دفتر حساب</translation>
    </message>
    <message>
        <source>Checks that every transaction balances and that every balance and points lot matches its entries.</source>
        <translation>بررسی می‌کند که همه تراکنش‌ها تراز باشند و هر مانده و دسته امتیاز با ردیف‌های خود مطابقت داشته باشد.</translation>
    </message>
    <message>
        <source>Enter the store's name.</source>
        <translation>نام فروشگاه را وارد کنید.</translation>
    </message>
    <message>
        <source>The program will appear in %1 the next time it starts.</source>
        <translation>برنامه از اجرای بعدی به زبان %1 نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Checked %1 transactions, %2 accounts and %3 points lots.</source>
        <extracomment>%1 transactions, %2 accounts and %3 points lots were checked</extracomment>
        <translation>%1 تراکنش، %2 حساب و %3 دسته امتیاز بررسی شد.</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>همه چیز درست است.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Keep this list and contact support.</source>
        <translation>
            <numerusform>%Ln مشکل پیدا شد. این فهرست را نگه دارید و با پشتیبانی تماس بگیرید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::SettlementTab</name>
    <message>
        <source>Merchant</source>
        <translation>پذیرنده</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>بدهکار</translation>
    </message>
    <message>
        <source>Is owed</source>
        <translation>بستانکار</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Se&amp;ttle…</source>
        <translation>تسویه…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>پذیرندگان</translation>
    </message>
    <message>
        <source>Between merchants</source>
        <translation>بین پذیرندگان</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از تاریخ:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تا تاریخ:</translation>
    </message>
    <message>
        <source>Settled on %1.</source>
        <translation>در %1 تسویه شد.</translation>
    </message>
    <message>
        <source>No points crossed between merchants in this period.</source>
        <translation>در این دوره هیچ امتیازی بین پذیرندگان جابه‌جا نشده است.</translation>
    </message>
    <message>
        <source>Not settled yet. The totals of all merchants net to %1.</source>
        <translation>هنوز تسویه نشده است. خالص جمع همه پذیرندگان %1 است.</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>تسویه</translation>
    </message>
    <message>
        <source>Post the payment that settles %1 to %2 between all merchants? It cannot be undone.</source>
        <translation>پرداختی که بازه %1 تا %2 را بین همه پذیرندگان تسویه می‌کند ثبت شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>فایل %1 نوشته نشد. پوشه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>در %1 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SetupWizard</name>
    <message>
        <source>Set up Customer Club Manager</source>
        <translation>راه‌اندازی مدیریت باشگاه مشتریان</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <extracomment>Wizard button. In Persian and Arabic put the &amp; before a word's first letter.</extracomment>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>Wizard button</extracomment>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <extracomment>Wizard button</extracomment>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Wizard button</extracomment>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
    <message>
        <source>This store has not been set up yet. A few questions, and it is ready.</source>
        <translation>این فروشگاه هنوز راه‌اندازی نشده است. با پاسخ به چند پرسش، آماده کار می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Choose the language of the program. Persian shows dates in the Jalali calendar.</source>
        <translation>زبان برنامه را انتخاب کنید. در زبان فارسی، تاریخ‌ها به تقویم هجری شمسی نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>فروشگاه</translation>
    </message>
    <message>
        <source>The store's name appears on screens and receipts. Each branch has a short code.</source>
        <translation>نام فروشگاه روی صفحه‌ها و رسیدها نمایش داده می‌شود. هر شعبه یک کد کوتاه دارد.</translation>
    </message>
    <message>
        <source>Main branch</source>
        <translation>شعبه مرکزی</translation>
    </message>
    <message>
        <source>&amp;Store name:</source>
        <translation>نام فروشگاه:</translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation>کد شعبه:</translation>
    </message>
    <message>
        <source>Branch na&amp;me:</source>
        <translation>نام شعبه:</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <source>The administrator may do everything, including adding the other operators.</source>
        <translation>مدیر سیستم اجازه انجام همه کارها را دارد، از جمله افزودن کاربران دیگر.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>نام و نام خانوادگی:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>تکرار گذرواژه:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>Finish creates the store. You will be logged in as the administrator.</source>
        <translation>با زدن «پایان»، فروشگاه ساخته می‌شود و شما به‌عنوان مدیر سیستم وارد می‌شوید.</translation>
    </message>
    <message>
        <source>Demo data fills the store with made-up members, cards and a few months of points history, to try the program out. Leave it off for a real store.</source>
        <translation>داده‌های نمایشی، فروشگاه را با اعضا و کارت‌های ساختگی و سابقه امتیاز چندماهه پر می‌کند تا بتوانید برنامه را امتحان کنید. برای فروشگاه واقعی این گزینه را فعال نکنید.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %Ln characters.</source>
        <translation>
            <numerusform>گذرواژه باید دست‌کم %Ln نویسه داشته باشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>دو گذرواژه یکسان نیستند. گذرواژه را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the store's name.</source>
        <translation>نام فروشگاه را وارد کنید.</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>انبار اصلی</translation>
    </message>
    <message numerus="yes">
        <source>Load &amp;demo data (about %Ln member(s))</source>
        <extracomment>%Ln is a number of members, in the language's digits</extracomment>
        <translation>
            <numerusform>بارگذاری داده‌های نمایشی (حدود %Ln عضو)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockActivationDialog</name>
    <message>
        <source>An &amp;existing member</source>
        <translation>یک عضو موجود</translation>
    </message>
    <message>
        <source>A &amp;new member</source>
        <translation>یک عضو جدید</translation>
    </message>
    <message>
        <source>Activate Card</source>
        <extracomment>Dialog title: a pre-printed card is used for the first time and registered to a member</extracomment>
        <translation>فعال‌سازی کارت</translation>
    </message>
    <message>
        <source>Card %1 (%2) is used for the first time. Choose who it belongs to; it is activated for that member.</source>
        <extracomment>%1 is the card number, %2 the card type</extracomment>
        <translation>کارت %1 (%2) برای نخستین بار استفاده می‌شود. مشخص کنید متعلق به کیست؛ کارت برای همان عضو فعال می‌شود.</translation>
    </message>
    <message>
        <source>It carries a gift value of %1, which the member can spend once it is activated.</source>
        <extracomment>%1 is an amount of money</extracomment>
        <translation>این کارت مبلغ هدیه‌ای برابر %1 دارد که عضو پس از فعال‌سازی می‌تواند آن را خرج کند.</translation>
    </message>
    <message>
        <source>Name, mobile or card number</source>
        <translation>نام، تلفن همراه یا شماره کارت</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>نام خانوادگی:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>تلفن همراه:</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <extracomment>Button: bind the card to the chosen member and activate it</extracomment>
        <translation>فعال‌سازی</translation>
    </message>
    <message>
        <source>Card refused</source>
        <translation>کارت پذیرفته نشد</translation>
    </message>
    <message>
        <source>Choose the member in the list.</source>
        <translation>عضو را از فهرست انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockEncodeDialog</name>
    <message>
        <source>Encode Card Batch</source>
        <extracomment>Dialog title: write the chips or stripes of a batch of pre-printed cards</extracomment>
        <translation>کدگذاری دسته کارت</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>State of a card in a batch being encoded: not started yet</extracomment>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Every card of this batch in stock is already encoded.</source>
        <translation>همه کارت‌های موجود این دسته قبلاً کدگذاری شده‌اند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) to encode. Press Start.</source>
        <translation>
            <numerusform>%Ln کارت برای کدگذاری. «شروع» را بزنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>Button: begin encoding the cards of the batch</extracomment>
        <translation>شروع</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>S&amp;kip Card</source>
        <extracomment>Button: leave this card unwritten (it stays in stock) and go on with the next</extracomment>
        <translation>صرف‌نظر از کارت</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) encoded.</source>
        <translation>
            <numerusform>%Ln کارت کدگذاری شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding</source>
        <extracomment>State of a card in a batch: being written now</extracomment>
        <translation>در حال کدگذاری</translation>
    </message>
    <message>
        <source>Card %1 of %2 (%3): %4</source>
        <extracomment>%1 is the position in the batch, %2 the number of cards, %3 the card number, %4 what to do now</extracomment>
        <translation>کارت %1 از %2 (%3): %4</translation>
    </message>
    <message>
        <source>Encoded</source>
        <extracomment>State of a card in a batch: written and checked</extracomment>
        <translation>کدگذاری‌شده</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>State of a card in a batch: left unwritten, still in stock</extracomment>
        <translation>صرف‌نظرشده</translation>
    </message>
    <message>
        <source>Card %1 is done. Take it off the reader.</source>
        <extracomment>%1 is the position of the finished card in the batch</extracomment>
        <translation>کارت %1 آماده است. آن را از کارت‌خوان بردارید.</translation>
    </message>
    <message>
        <source>&amp;Erase the Card</source>
        <extracomment>Button: wipe a half-written card of ours so that it can be written again</extracomment>
        <translation>پاک کردن کارت</translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockMoveDialog</name>
    <message>
        <source>Purchase Receipt into %1</source>
        <extracomment>Dialog titles; %1 is the warehouse</extracomment>
        <translation>رسید خرید به %1</translation>
    </message>
    <message>
        <source>Transfer from %1</source>
        <translation>انتقال از %1</translation>
    </message>
    <message>
        <source>Adjust Stock in %1</source>
        <translation>اصلاح موجودی در %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>کالا:</translation>
    </message>
    <message>
        <source>&amp;To warehouse:</source>
        <translation>به انبار:</translation>
    </message>
    <message>
        <source>Add to the stock</source>
        <extracomment>An adjustment that adds units found</extracomment>
        <translation>افزودن به موجودی</translation>
    </message>
    <message>
        <source>Remove from the stock</source>
        <extracomment>An adjustment that removes units lost or broken</extracomment>
        <translation>کسر از موجودی</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>تغییر:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>تعداد:</translation>
    </message>
    <message>
        <source>Supplier invoice, delivery note…</source>
        <translation>فاکتور تأمین‌کننده، حواله تحویل…</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>مرجع:</translation>
    </message>
    <message>
        <source>Broken, expired, found on the shelf…</source>
        <translation>شکسته، تاریخ‌گذشته، پیداشده در قفسه…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation>یک کالا انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter a quantity above zero: whole units, no minus sign.</source>
        <translation>تعدادی بیشتر از صفر وارد کنید: فقط عدد صحیح و بدون علامت منفی.</translation>
    </message>
    <message>
        <source>Choose the warehouse that receives.</source>
        <translation>انبار مقصد را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Say why the stock is adjusted.</source>
        <translation>دلیل اصلاح موجودی را بنویسید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockRangeDialog</name>
    <message>
        <source>Distribute Cards</source>
        <translation>توزیع کارت‌ها</translation>
    </message>
    <message>
        <source>Block Cards</source>
        <translation>مسدود کردن کارت‌ها</translation>
    </message>
    <message>
        <source>Batch %1 (%2): cards %3 to %4.</source>
        <extracomment>%1 the batch number, %2 the card type, %3 and %4 the first and last card numbers</extracomment>
        <translation>دسته %1 (%2): کارت‌های %3 تا %4.</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and the last position of a range of cards: "1 to 50"</extracomment>
        <translation>تا</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <extracomment>Which cards of the batch, by their position in it (1 = the first card)</extracomment>
        <translation>کارت‌ها:</translation>
    </message>
    <message>
        <source>No branch (an event or organisation)</source>
        <extracomment>In the list of branches that can receive cards: the cards stay at their branch</extracomment>
        <translation>بدون شعبه (رویداد یا سازمان)</translation>
    </message>
    <message>
        <source>To &amp;branch:</source>
        <translation>به شعبه:</translation>
    </message>
    <message>
        <source>&amp;Event or organisation:</source>
        <extracomment>Who receives the cards: an event or organisation, in words</extracomment>
        <translation>رویداد یا سازمان:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>دلیل:</translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation>توزیع</translation>
    </message>
    <message>
        <source>&amp;Block Cards</source>
        <translation>مسدود کردن کارت‌ها</translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockSettingDialog</name>
    <message>
        <source>New Warehouse</source>
        <translation>انبار جدید</translation>
    </message>
    <message>
        <source>Shop floor, back store…</source>
        <translation>سالن فروش، انبار پشتی…</translation>
    </message>
    <message>
        <source>The warehouse belongs to your branch.</source>
        <translation>این انبار متعلق به شعبه شماست.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Minimum of %1 in %2</source>
        <extracomment>%1 is a product, %2 a warehouse</extracomment>
        <translation>حداقل موجودی %1 در %2</translation>
    </message>
    <message>
        <source>The product is marked low when its stock is at or below this number. Leave it empty or zero to remove the minimum.</source>
        <translation>وقتی موجودی کالا به این عدد یا کمتر از آن برسد، کمبود موجودی علامت می‌خورد. برای حذف حداقل، آن را خالی بگذارید یا صفر وارد کنید.</translation>
    </message>
    <message>
        <source>&amp;Minimum:</source>
        <translation>حداقل موجودی:</translation>
    </message>
    <message>
        <source>Enter a name for the warehouse.</source>
        <translation>نامی برای انبار وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the minimum in whole units, or leave it empty.</source>
        <translation>حداقل موجودی را به عدد صحیح وارد کنید یا خالی بگذارید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::StoreMoveDialog</name>
    <message>
        <source>A move into this database was interrupted; it will go on where it stopped.</source>
        <translation>انتقال به این پایگاه داده نیمه‌کاره مانده بود؛ از همان جایی که متوقف شد ادامه می‌یابد.</translation>
    </message>
    <message>
        <source>The central database is empty; its tables will be made first.</source>
        <translation>پایگاه داده مرکزی خالی است؛ ابتدا جدول‌های آن ساخته می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows in %Ln table(s) will be moved.</source>
        <extracomment>%1 rows, %Ln tables</extracomment>
        <translation>
            <numerusform>%1 ردیف در %Ln جدول منتقل خواهد شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing stands in the way. Nothing was written anywhere by this check.</source>
        <translation>مانعی وجود ندارد. این بررسی در هیچ جا چیزی ننوشته است.</translation>
    </message>
    <message>
        <source>The move cannot start:</source>
        <translation>انتقال نمی‌تواند آغاز شود:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Move to Central Server</source>
        <extracomment>%1 the database, as server/name</extracomment>
        <translation>انتقال به سرور مرکزی</translation>
    </message>
    <message>
        <source>Copies this shop's whole store (members, cards, the ledger, sales, stock…) into an empty central PostgreSQL database, then compares both sides. This desk's data stays as it is. Do not sell on this desk until the move has finished.</source>
        <translation>همه داده‌های فروشگاه این مغازه (اعضا، کارت‌ها، دفتر حساب، فروش‌ها، موجودی انبار…) را در یک پایگاه داده مرکزی PostgreSQL خالی کپی می‌کند و سپس دو طرف را با هم مقایسه می‌کند. داده‌های این میز همان‌طور که هست باقی می‌ماند. تا پایان انتقال با این میز فروش نکنید.</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>سرور پایگاه داده:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>نام پایگاه داده:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <source>Enter the database server and the database name.</source>
        <translation>سرور پایگاه داده و نام پایگاه داده را وارد کنید.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Move this shop's store into %1? Do not sell on this desk until the move has finished.</source>
        <translation>داده‌های فروشگاه این مغازه به %1 منتقل شود؟ تا پایان انتقال با این میز فروش نکنید.</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>در حال انتقال…</translation>
    </message>
    <message>
        <source>Stop the move first; it will go on where it stopped next time.</source>
        <translation>ابتدا انتقال را متوقف کنید؛ دفعه بعد از همان جایی که متوقف شد ادامه می‌یابد.</translation>
    </message>
    <message>
        <source>Connect This Desk…</source>
        <translation>اتصال این رایانه…</translation>
    </message>
    <message>
        <source>The store is in the central database. Next, connect this desk to the central server under Settings → Central server (Connect This Desk), with the server's address and this desk's terminal credentials (clubserver --create-terminal).</source>
        <translation>داده‌های فروشگاه اکنون در پایگاه داده مرکزی است. در گام بعد، این رایانه را از تنظیمات ← سرور مرکزی («اتصال این رایانه…») به سرور مرکزی وصل کنید، با نشانی سرور و اطلاعات پایانه این رایانه (clubserver --create-terminal).</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SurveyAnswerDialog</name>
    <message>
        <source>Survey for %1</source>
        <extracomment>Window title: answering a survey for the named member</extracomment>
        <translation>نظرسنجی برای %1</translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation>نظرسنجی:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>1–5</source>
        <extracomment>A rating not given yet (the box shows this until 1 to 5 is typed)</extracomment>
        <translation>۱–۵</translation>
    </message>
    <message>
        <source>Type 1 (poor) to 5 (excellent)</source>
        <translation>عددی از ۱ (ضعیف) تا ۵ (عالی) وارد کنید</translation>
    </message>
    <message>
        <source>Answer Survey</source>
        <translation>پاسخ به نظرسنجی</translation>
    </message>
    <message>
        <source>There is no open survey this member has not answered yet.</source>
        <translation>هیچ نظرسنجی بازی وجود ندارد که این عضو هنوز به آن پاسخ نداده باشد.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SurveyDialog</name>
    <message>
        <source>New Survey</source>
        <translation>نظرسنجی جدید</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Add &amp;rating question</source>
        <translation>افزودن پرسش امتیازدهی</translation>
    </message>
    <message>
        <source>Add &amp;text question</source>
        <translation>افزودن پرسش متنی</translation>
    </message>
    <message>
        <source>R&amp;emove question</source>
        <translation>حذف پرسش</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از تاریخ:</translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation>تا تاریخ (با احتساب):</translation>
    </message>
    <message>
        <source>&amp;Points for answering:</source>
        <translation>امتیاز پاسخ‌دهی:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>پرسش‌ها:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Rating 1–5</source>
        <translation>امتیاز رضایت ۱–۵</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>متن آزاد</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SurveysPanel</name>
    <message>
        <source>&amp;New Survey…</source>
        <translation>نظرسنجی جدید…</translation>
    </message>
    <message>
        <source>&amp;Answer for Member…</source>
        <translation>پاسخ از طرف عضو…</translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation>وارد کردن پاسخ‌ها…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>دوره برگزاری</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>پرسش‌ها</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Ratings</source>
        <extracomment>Chart title: how many members gave each rating, 1 to 5</extracomment>
        <translation>امتیازهای رضایت</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>میانگین</translation>
    </message>
    <message>
        <source>Free-text answers</source>
        <translation>پاسخ‌های متنی</translation>
    </message>
    <message>
        <source>A CSV file: a header row, then per member the mobile number (or #member number) and one column per question</source>
        <translation>یک فایل CSV: یک ردیف سرستون، سپس برای هر عضو شماره تلفن همراه (یا # و شماره عضویت) و یک ستون برای هر پرسش</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>نتایج</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period of days: first day – last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose a survey, or make a new one.</source>
        <translation>یک نظرسنجی انتخاب کنید یا نظرسنجی جدیدی بسازید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) answered.</source>
        <translation>
            <numerusform>%Ln عضو پاسخ داده‌اند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Member</source>
        <translation>انتخاب عضو</translation>
    </message>
    <message>
        <source>Import Answers</source>
        <translation>وارد کردن پاسخ‌ها</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>فایل‌های CSV (*.csv);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>فایل خوانده نشد: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) recorded.</source>
        <translation>
            <numerusform>%Ln پاسخ ثبت شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>An import row that was refused: %1 the row number in the file, %2 why</extracomment>
        <translation>ردیف %1: %2</translation>
    </message>
</context>
<context>
    <name>Club::Ui::SyncStatusButton</name>
    <message>
        <source>Online</source>
        <extracomment>Status bar: the central server answers and nothing waits to be sent</extracomment>
        <translation>آنلاین</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>آفلاین</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending sync</source>
        <extracomment>Status bar: sales kept on this desk until the central server has them</extracomment>
        <translation>
            <numerusform>%Ln در انتظار همگام‌سازی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline, %Ln pending sync</source>
        <translation>
            <numerusform>آفلاین، %Ln در انتظار همگام‌سازی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln conflict(s)</source>
        <extracomment>Status bar: %1 the connection state; then sales the server refused, for a manager</extracomment>
        <translation>
            <numerusform>%1 · %Ln تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Last sync: %2</source>
        <extracomment>Status bar tooltip: %1 the server's address, %2 date and time of the last complete sync</extracomment>
        <translation>%1
آخرین همگام‌سازی: %2</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TemplatesPanel</name>
    <message>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Subject:</source>
        <extracomment>The subject line of an email</extracomment>
        <translation>موضوع:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>متن:</translation>
    </message>
    <message>
        <source>You can use: %1</source>
        <translation>می‌توانید از این موارد استفاده کنید: %1</translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>پیام جدید</translation>
    </message>
    <message>
        <source>&amp;Save message</source>
        <translation>ذخیره پیام</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>ارسال از طریق:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TiersPage</name>
    <message>
        <source>&amp;Add Tier</source>
        <translation>افزودن سطح</translation>
    </message>
    <message>
        <source>Re&amp;move Tier</source>
        <translation>حذف سطح</translation>
    </message>
    <message>
        <source>&amp;Save Programme</source>
        <translation>ذخیره برنامه</translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>What a tier is earned with</extracomment>
        <translation>امتیاز کسب‌شده</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <extracomment>What a tier is earned with</extracomment>
        <translation>مبلغ خرید</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days</extracomment>
        <translation> روز</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>نام (عربی)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام (انگلیسی)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>آستانه</translation>
    </message>
    <message>
        <source>&amp;Card type:</source>
        <translation>نوع کارت:</translation>
    </message>
    <message>
        <source>Tiers are &amp;earned with:</source>
        <translation>مبنای کسب سطح:</translation>
    </message>
    <message>
        <source>Counted over the last:</source>
        <translation>محاسبه در بازه اخیر:</translation>
    </message>
    <message>
        <source>A tier holds at least:</source>
        <translation>حداقل ماندگاری در هر سطح:</translation>
    </message>
    <message>
        <source>&amp;Tiers, lowest first:</source>
        <translation>سطح‌ها، از پایین‌ترین:</translation>
    </message>
    <message>
        <source>Tiers</source>
        <extracomment>Side bar page title: membership tier programmes</extracomment>
        <translation>سطح‌ها</translation>
    </message>
    <message>
        <source>Create a card type first: each card type has its own tier programme.</source>
        <translation>ابتدا یک نوع کارت بسازید: هر نوع کارت برنامه سطح‌بندی خودش را دارد.</translation>
    </message>
    <message>
        <source>This card type has no tier programme yet. Add its tiers and save.</source>
        <translation>این نوع کارت هنوز برنامه سطح‌بندی ندارد. سطح‌های آن را اضافه کنید و ذخیره کنید.</translation>
    </message>
    <message>
        <source>Saved on %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>ذخیره‌شده در %1.</translation>
    </message>
    <message>
        <source>Enter the threshold of %1 as a whole number.</source>
        <extracomment>%1 is the tier's key</extracomment>
        <translation>آستانه %1 را به‌صورت عدد صحیح وارد کنید.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionDetailPane</name>
    <message>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>دسته امتیاز</translation>
    </message>
    <message>
        <source>Items and why</source>
        <translation>اقلام و دلیل‌ها</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>قلم</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>خالص</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Choose a transaction to see its entries and the reasons behind its points.</source>
        <translation>یک تراکنش انتخاب کنید تا ردیف‌های آن و دلیل امتیازهایش را ببینید.</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <extracomment>Detail heading: %1 the kind (Sale...), %2 the transaction's number</extracomment>
        <translation>%1 شماره %2</translation>
    </message>
    <message>
        <source>%1 at %2 by %3</source>
        <extracomment>%1 date and time, %2 branch, %3 operator</extracomment>
        <translation>%1 در %2 توسط %3</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>عضو: %1</translation>
    </message>
    <message>
        <source>Receipt no. %1</source>
        <extracomment>The sale a transaction belongs to: %1 its receipt number</extracomment>
        <translation>رسید شماره %1</translation>
    </message>
    <message>
        <source>Voids transaction no. %1</source>
        <translation>ابطال تراکنش شماره %1</translation>
    </message>
    <message>
        <source>Voided by transaction no. %1</source>
        <translation>باطل‌شده با تراکنش شماره %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>A transaction's note: the reason of a void or an adjustment</extracomment>
        <translation>دلیل: %1</translation>
    </message>
    <message>
        <source>points</source>
        <extracomment>The unit of a ledger entry</extracomment>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>money</source>
        <translation>وجه</translation>
    </message>
    <message>
        <source>Lot %1, expires %2</source>
        <translation>دسته امتیاز %1، انقضا: %2</translation>
    </message>
    <message>
        <source>Lot %1, never expires</source>
        <translation>دسته امتیاز %1، بدون انقضا</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionListModel</name>
    <message>
        <source>Voided by %1</source>
        <extracomment>A transaction's state: reversed by a void (%1: the void's number)</extracomment>
        <translation>باطل‌شده با %1</translation>
    </message>
    <message>
        <source>Voids %1</source>
        <extracomment>A void's state: %1 the number of the transaction it reversed</extracomment>
        <translation>ابطال %1</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column: the transaction's number</extracomment>
        <translation>شماره</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column: date and time</extracomment>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column: what kind of transaction (sale, return...)</extracomment>
        <translation>گونه</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>Column: the points the transaction moved</extracomment>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column: the money the transaction moved</extracomment>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>شعبه</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column: voided or not</extracomment>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionWords</name>
    <message>
        <source>Sale</source>
        <extracomment>Ledger transaction kind: a sale at the desk</extracomment>
        <translation>فروش</translation>
    </message>
    <message>
        <source>Return</source>
        <extracomment>Ledger transaction kind: items of a sale brought back</extracomment>
        <translation>مرجوعی</translation>
    </message>
    <message>
        <source>Gift redeemed</source>
        <extracomment>Ledger transaction kind: a gift taken for points</extracomment>
        <translation>دریافت هدیه با امتیاز</translation>
    </message>
    <message>
        <source>Void</source>
        <extracomment>Ledger transaction kind: the reversal of a transaction of the same day</extracomment>
        <translation>ابطال</translation>
    </message>
    <message>
        <source>Gift card sold</source>
        <extracomment>Ledger transaction kind: money paid onto a gift card at the counter</extracomment>
        <translation>فروش کارت هدیه</translation>
    </message>
    <message>
        <source>Gift card charge returned</source>
        <extracomment>Ledger transaction kind: a gift card charge paid back</extracomment>
        <translation>برگشت شارژ کارت هدیه</translation>
    </message>
    <message>
        <source>Credit repayment</source>
        <extracomment>Ledger transaction kind: a member paying back credit</extracomment>
        <translation>بازپرداخت اعتبار</translation>
    </message>
    <message>
        <source>Points bought</source>
        <extracomment>Ledger transaction kind: a member buying points</extracomment>
        <translation>خرید امتیاز</translation>
    </message>
    <message>
        <source>Member's points</source>
        <translation>امتیاز عضو</translation>
    </message>
    <message>
        <source>Member's stored value</source>
        <translation>اعتبار هدیه عضو</translation>
    </message>
    <message>
        <source>Member's credit</source>
        <translation>اعتبار عضو</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>صدور امتیاز</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>استفاده از امتیاز</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>انقضای امتیاز</translation>
    </message>
    <message>
        <source>Points adjustments</source>
        <translation>اصلاح امتیاز</translation>
    </message>
    <message>
        <source>Spent points taken back</source>
        <translation>بازگشت امتیازهای خرج‌شده</translation>
    </message>
    <message>
        <source>Points sold</source>
        <translation>فروش امتیاز</translation>
    </message>
    <message>
        <source>Income from points sold</source>
        <translation>درآمد فروش امتیاز</translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation>پرداخت با امتیاز</translation>
    </message>
    <message>
        <source>Stored value issued</source>
        <translation>صدور اعتبار هدیه</translation>
    </message>
    <message>
        <source>Stored value spent</source>
        <translation>خرج اعتبار هدیه</translation>
    </message>
    <message>
        <source>Paid with stored value</source>
        <translation>پرداخت با اعتبار هدیه</translation>
    </message>
    <message>
        <source>Gift cards sold</source>
        <translation>فروش کارت‌های هدیه</translation>
    </message>
    <message>
        <source>Credit given to members</source>
        <translation>اعتبار داده‌شده به اعضا</translation>
    </message>
    <message>
        <source>Paid on credit</source>
        <translation>پرداخت اعتباری</translation>
    </message>
    <message>
        <source>Cash and bank card</source>
        <translation>نقد و کارت بانکی</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>فروش‌ها</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>تخفیف‌های داده‌شده</translation>
    </message>
    <message>
        <source>Promotional gift card value</source>
        <extracomment>Ledger transaction kind: gift card value given by the club as a promotion (a pre-printed card)</extracomment>
        <translation>اعتبار کارت هدیه تبلیغاتی</translation>
    </message>
    <message>
        <source>Promotion costs</source>
        <translation>هزینه‌های تبلیغاتی</translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionsPage</name>
    <message>
        <source>All</source>
        <extracomment>A transactions filter that keeps everything</extracomment>
        <translation>همه</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>ابطال…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <source>Find the member by name, mobile or card number</source>
        <translation>جستجوی عضو با نام، تلفن همراه یا شماره کارت</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>شماره کارت</translation>
    </message>
    <message>
        <source>Money</source>
        <extracomment>The unit an amount filter is in</extracomment>
        <translation>وجه</translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>The unit an amount filter is in</extracomment>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>Smallest amount a listed transaction moved</extracomment>
        <translation>از</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Largest amount a listed transaction moved</extracomment>
        <translation>تا</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از تاریخ:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>تا تاریخ:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>شعبه:</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>کاربر:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>عضو:</translation>
    </message>
    <message>
        <source>C&amp;ard:</source>
        <translation>کارت:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>گونه:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <source>Transactions</source>
        <extracomment>The side bar page listing every journal transaction</extracomment>
        <translation>تراکنش‌ها</translation>
    </message>
    <message>
        <source>No card has this number.</source>
        <translation>هیچ کارتی با این شماره وجود ندارد.</translation>
    </message>
    <message>
        <source>The newest transactions; scroll for more.</source>
        <translation>جدیدترین تراکنش‌ها؛ برای دیدن موارد بیشتر پیمایش کنید.</translation>
    </message>
    <message>
        <source>No transaction matches.</source>
        <translation>هیچ تراکنشی مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Any member…</source>
        <extracomment>The member filter when no member is chosen</extracomment>
        <translation>هر عضوی…</translation>
    </message>
    <message>
        <source>Choose Member</source>
        <translation>انتخاب عضو</translation>
    </message>
    <message>
        <source>Void Transaction</source>
        <extracomment>%1 the kind (Sale...), %2 the transaction's number</extracomment>
        <translation>ابطال تراکنش</translation>
    </message>
    <message>
        <source>Post the void of %1 no. %2 now? It cannot be undone.</source>
        <translation>ابطال %1 شماره %2 اکنون ثبت شود؟ این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Transaction no. %1 was voided by transaction no. %2.</source>
        <extracomment>%1 the voided transaction's number, %2 the void's number</extracomment>
        <translation>تراکنش شماره %1 با تراکنش شماره %2 باطل شد.</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation>فایل %1 نوشته نشد. پوشه دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Club::Ui::VoidDialog</name>
    <message>
        <source>Void Transaction</source>
        <translation>ابطال تراکنش</translation>
    </message>
    <message>
        <source>Void %1 no. %2 of %3? A reversing transaction is posted: points, money and stock go back to what they were before it. Nothing is edited or deleted.</source>
        <extracomment>%1 the kind (Sale...), %2 the transaction's number, %3 its date and time</extracomment>
        <translation>%1 شماره %2 مورخ %3 باطل شود؟ یک تراکنش معکوس ثبت می‌شود: امتیاز، وجه و موجودی انبار به وضعیت پیش از آن بازمی‌گردند. هیچ چیز ویرایش یا حذف نمی‌شود.</translation>
    </message>
    <message>
        <source>Why it is voided (required)</source>
        <translation>دلیل ابطال (الزامی)</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <extracomment>The button that posts the void</extracomment>
        <translation>ابطال</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>دلیل:</translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyEventDialog</name>
    <message>
        <source>Service Event: %1 %2</source>
        <extracomment>Dialog title; %1 product name, %2 serial number</extracomment>
        <translation>رویداد خدمات: %1 %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>اکنون: %1</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>رویداد:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <source>&amp;Log Event</source>
        <translation>ثبت رویداد</translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyPage</name>
    <message>
        <source>&amp;Register…</source>
        <translation>ثبت…</translation>
    </message>
    <message>
        <source>Serial number or card number</source>
        <translation>شماره سریال یا شماره کارت</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>&amp;Member…</source>
        <translation>عضو…</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days of the expiring list</extracomment>
        <translation> روز</translation>
    </message>
    <message>
        <source>&amp;Ending Within</source>
        <translation>رو به پایان ظرف</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>گارانتی</translation>
    </message>
    <message>
        <source>Found for “%1”</source>
        <extracomment>Heading of the warranty list: what was searched for</extracomment>
        <translation>نتایج جستجوی «%1»</translation>
    </message>
    <message>
        <source>Warranties of a Member</source>
        <translation>گارانتی‌های یک عضو</translation>
    </message>
    <message>
        <source>Warranties of %1</source>
        <translation>گارانتی‌های %1</translation>
    </message>
    <message>
        <source>Warranties on card %1</source>
        <translation>گارانتی‌های کارت %1</translation>
    </message>
    <message numerus="yes">
        <source>Warranties ending within %Ln day(s)</source>
        <extracomment>Heading of the warranty list</extracomment>
        <translation>
            <numerusform>گارانتی‌هایی که ظرف %Ln روز به پایان می‌رسند</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyPanel</name>
    <message>
        <source>&amp;Log Service Event…</source>
        <translation>ثبت رویداد خدمات…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>شماره سریال</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Ends</source>
        <extracomment>Column: the date the warranty ends</extracomment>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>No warranties.</source>
        <translation>گارانتی‌ای وجود ندارد.</translation>
    </message>
    <message numerus="yes">
        <source>%1, serial %2: %3. From %4 to %5 (%Ln month(s)).</source>
        <translation>
            <numerusform>%1، سریال %2: %3. از %4 تا %5 (%Ln ماه).</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1.</source>
        <translation>کارت %1.</translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyWords</name>
    <message>
        <source>Active</source>
        <extracomment>Warranty status: within its period</extracomment>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Warranty status: its period has ended</extracomment>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <source>In service</source>
        <extracomment>Warranty status: the item is at the workshop</extracomment>
        <translation>در تعمیرگاه</translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>Warranty status: the item was replaced, the warranty is closed
----------
Warranty service event: the customer got a new item instead</extracomment>
        <translation>جایگزین‌شده</translation>
    </message>
    <message>
        <source>Received for service</source>
        <extracomment>Warranty service event: the item was brought in for service</extracomment>
        <translation>پذیرش برای تعمیر</translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <extracomment>Warranty service event: the fault was found</extracomment>
        <translation>عیب‌یابی‌شده</translation>
    </message>
    <message>
        <source>Repaired</source>
        <extracomment>Warranty service event</extracomment>
        <translation>تعمیرشده</translation>
    </message>
    <message>
        <source>Returned to customer</source>
        <extracomment>Warranty service event: the item was handed back to the customer</extracomment>
        <translation>تحویل به مشتری</translation>
    </message>
</context>
<context>
    <name>CreditSql</name>
    <message>
        <source>The gift card charge was not found.</source>
        <translation>شارژ کارت هدیه پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message>
        <source>The database server checks its own files; that part was not checked here.</source>
        <translation>سرور پایگاه داده فایل‌های خود را بررسی می‌کند؛ این بخش در اینجا بررسی نشد.</translation>
    </message>
    <message>
        <source>The data file is sound.</source>
        <translation>فایل داده‌ها سالم است.</translation>
    </message>
    <message numerus="yes">
        <source>The data file is damaged (%Ln finding(s)). Restore the latest good backup.</source>
        <translation>
            <numerusform>فایل داده‌ها آسیب دیده است (%Ln مورد یافت شد). آخرین نسخه پشتیبان سالم را بازگردانی کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 transactions, %2 accounts and %3 points lots were checked.</source>
        <extracomment>%1 transactions, %2 accounts, %3 points lots</extracomment>
        <translation>%1 تراکنش، %2 حساب و %3 دسته امتیاز بررسی شد.</translation>
    </message>
    <message>
        <source>The ledger is in order: every transaction balances and every balance equals its entries.</source>
        <translation>دفتر حساب درست است: همه تراکنش‌ها تراز هستند و هر مانده با ردیف‌های خود برابر است.</translation>
    </message>
    <message numerus="yes">
        <source>The ledger has %Ln problem(s):</source>
        <translation>
            <numerusform>دفتر حساب %Ln مشکل دارد:</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock agrees with its movements.</source>
        <translation>موجودی انبار با جابه‌جایی‌های آن مطابقت دارد.</translation>
    </message>
    <message numerus="yes">
        <source>Stock disagrees with its movements in %Ln place(s):</source>
        <translation>
            <numerusform>موجودی انبار در %Ln مورد با جابه‌جایی‌های آن مطابقت ندارد:</numerusform>
        </translation>
    </message>
    <message>
        <source>Product %1 in warehouse %2 shows %3 in stock, but its movements add up to %4.</source>
        <translation>کالای %1 در انبار %2 موجودی %3 را نشان می‌دهد، اما جمع جابه‌جایی‌های آن %4 است.</translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation>همه چیز درست است.</translation>
    </message>
    <message>
        <source>Keep this report and contact support before you go on selling.</source>
        <translation>این گزارش را نگه دارید و پیش از ادامه فروش با پشتیبانی تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data file %1 could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>فایل داده‌ها (%1) باز نشد. بررسی کنید که پوشه آن وجود داشته باشد و اجازه نوشتن در آن را داشته باشید.</translation>
    </message>
    <message>
        <source>The database server could not be reached. Check the server address, the user name and the password.</source>
        <translation>اتصال به سرور پایگاه داده برقرار نشد. نشانی سرور، نام کاربری و گذرواژه را بررسی کنید.</translation>
    </message>
    <message>
        <source>The data file is in use by another program. Close the other copy of Customer Club Manager and try again.</source>
        <translation>فایل داده‌ها در حال استفاده توسط برنامه دیگری است. نسخه دیگر مدیریت باشگاه مشتریان را ببندید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a Customer Club Manager store. It was left untouched; restore it from a backup.</source>
        <translation>فایل داده‌ها (%1) آسیب دیده است یا فایل فروشگاه مدیریت باشگاه مشتریان نیست. هیچ تغییری در آن داده نشد؛ آن را از نسخه پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <source>The data file could not be prepared for use.</source>
        <translation>فایل داده‌ها برای استفاده آماده نشد.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Demo data can only be loaded into a store without members.</source>
        <translation>داده‌های نمایشی را فقط می‌توان در فروشگاهی بدون عضو بارگذاری کرد.</translation>
    </message>
    <message>
        <source>The number of demo members must be between 0 and %1.</source>
        <translation>تعداد اعضای نمایشی باید بین ۰ و %1 باشد.</translation>
    </message>
    <message numerus="yes">
        <source>The demo history must cover 1 to %Ln months.</source>
        <translation>
            <numerusform>سابقه نمایشی باید بین ۱ تا %Ln ماه باشد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data files are damaged. Reinstall the application.</source>
        <translation>فایل‌های داده‌های نمایشی آسیب دیده‌اند. برنامه را دوباره نصب کنید.</translation>
    </message>
    <message>
        <source>1 point per 10,000 rials</source>
        <translation>۱ امتیاز به ازای هر ۱۰٬۰۰۰ ریال</translation>
    </message>
    <message>
        <source>10% off snacks</source>
        <translation>۱۰٪ تخفیف تنقلات</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>هدیه تولد</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>انبار اصلی</translation>
    </message>
</context>
<context>
    <name>DemoDataRunner</name>
    <message>
        <source>Creating the demo club: members, cards and their points history…</source>
        <translation>در حال ساخت باشگاه نمایشی: اعضا، کارت‌ها و سابقه امتیاز آن‌ها…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>داده‌های نمایشی</translation>
    </message>
</context>
<context>
    <name>DonationSql</name>
    <message>
        <source>That charity was not found.</source>
        <translation>آن مؤسسه خیریه پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>EngagementSql</name>
    <message>
        <source>This lottery no longer exists.</source>
        <translation>این قرعه‌کشی دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>This survey no longer exists.</source>
        <translation>این نظرسنجی دیگر وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>A key passphrase must have at least %1 characters.</source>
        <translation>عبارت عبور کلید باید دست‌کم %1 نویسه داشته باشد.</translation>
    </message>
    <message>
        <source>The card keys could not be secured. Try again.</source>
        <translation>ایمن‌سازی کلیدهای کارت ممکن نشد. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>No card keys have been created for this club yet.</source>
        <translation>هنوز هیچ کلید کارتی برای این باشگاه مشتریان ایجاد نشده است.</translation>
    </message>
    <message>
        <source>The stored card key %1 is damaged and cannot be opened.</source>
        <translation>کلید کارت ذخیره‌شده %1 آسیب دیده است و باز نمی‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>The card keys are locked for %Ln minute(s) after too many wrong passphrases.</source>
        <translation>
            <numerusform>کلیدهای کارت به دلیل وارد کردن عبارت عبور نادرست بیش از حد مجاز، به مدت %Ln دقیقه قفل شده‌اند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>عبارت عبور نادرست است.</translation>
    </message>
    <message>
        <source>Unlock the card keys first.</source>
        <translation>ابتدا قفل کلیدهای کارت را باز کنید.</translation>
    </message>
    <message>
        <source>This file is not a card key export of this program.</source>
        <translation>این فایل، خروجی کلید کارت این برنامه نیست.</translation>
    </message>
    <message>
        <source>The transfer passphrase is wrong.</source>
        <translation>عبارت عبور انتقال نادرست است.</translation>
    </message>
    <message>
        <source>The card keys were changed meanwhile. Try again.</source>
        <translation>کلیدهای کارت در این فاصله تغییر کردند. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>All %1 key versions have been used. The card keys cannot be rotated again.</source>
        <translation>همه %1 نسخه کلید استفاده شده‌اند. کلیدهای کارت را دیگر نمی‌توان تعویض کرد.</translation>
    </message>
    <message>
        <source>The card keys already exist. To start a new key version, use New key version on the Devices page.</source>
        <translation>کلیدهای کارت از قبل وجود دارند. برای شروع نسخه جدید کلید، از گزینه «نسخه جدید کلید» در صفحه «دستگاه‌ها» استفاده کنید.</translation>
    </message>
    <message>
        <source>Key version %1 in this file is not the same key as this club's key version %1. Nothing was imported.</source>
        <translation>نسخه کلید %1 در این فایل با نسخه کلید %1 این باشگاه مشتریان یکی نیست. چیزی وارد نشد.</translation>
    </message>
</context>
<context>
    <name>LedgerStore</name>
    <message>
        <source>The member account was not found.</source>
        <translation>حساب عضو پیدا نشد.</translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation>پایگاه داده نتوانست عملیات را کامل کند. هیچ تغییری اعمال نشد.</translation>
    </message>
    <message>
        <source>The points changed during this operation. Nothing was posted; try again.</source>
        <translation>امتیازها در حین این عملیات تغییر کردند. چیزی ثبت نشد؛ دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The balance does not cover this. Nothing was posted.</source>
        <translation>موجودی برای این کار کافی نیست. چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>Not enough points: %1 can be used now and %2 are needed. Nothing was posted.</source>
        <translation>امتیاز کافی نیست: اکنون %1 امتیاز قابل استفاده است و %2 امتیاز لازم است. چیزی ثبت نشد.</translation>
    </message>
    <message>
        <source>Not enough stored value: the balance is %1 and %2 is needed. Nothing was posted.</source>
        <translation>اعتبار هدیه کافی نیست: موجودی %1 است و %2 لازم است. چیزی ثبت نشد.</translation>
    </message>
</context>
<context>
    <name>MessagingSql</name>
    <message>
        <source>The message template no longer exists.</source>
        <translation>الگوی پیام دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The message is gone.</source>
        <translation>پیام دیگر وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message>
        <source>The member does not want SMS.</source>
        <translation>عضو نمی‌خواهد پیامک دریافت کند.</translation>
    </message>
    <message>
        <source>The member has no mobile number.</source>
        <translation>عضو شماره تلفن همراه ندارد.</translation>
    </message>
    <message>
        <source>The member does not want email.</source>
        <translation>عضو نمی‌خواهد ایمیل دریافت کند.</translation>
    </message>
    <message>
        <source>The member has no email address.</source>
        <translation>عضو نشانی ایمیل ندارد.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database holds other data and is not a Customer Club Manager store. It was left untouched.</source>
        <translation>این پایگاه داده حاوی اطلاعات دیگری است و متعلق به مدیریت باشگاه مشتریان نیست. هیچ تغییری در آن داده نشد.</translation>
    </message>
    <message>
        <source>This data file was made by a newer version of Customer Club Manager (schema %1; this version knows up to %2). Please update the program. The file was left untouched.</source>
        <translation>این فایل داده‌ها با نسخه جدیدتری از مدیریت باشگاه مشتریان ساخته شده است (نسخه ساختار %1؛ این نسخه فقط تا %2 را می‌شناسد). لطفاً برنامه را به‌روزرسانی کنید. هیچ تغییری در فایل داده نشد.</translation>
    </message>
    <message>
        <source>A database upgrade step is missing from the program.</source>
        <translation>یکی از مراحل ارتقای پایگاه داده در برنامه وجود ندارد.</translation>
    </message>
    <message>
        <source>The database could not be upgraded (step %1). Nothing was changed.</source>
        <translation>ارتقای پایگاه داده انجام نشد (مرحله %1). هیچ تغییری اعمال نشد.</translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>The organisation was not found.</source>
        <translation>سازمان پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>بستن بدون ذخیره</translation>
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
        <translation>عبارت عبور:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>تکرار:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>دو عبارت عبور با هم یکسان نیستند. دوباره وارد کنید.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>بله برای همه</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>خیر برای همه</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>Nothing to report for these filters.</source>
        <translation>برای این فیلترها موردی برای گزارش وجود ندارد.</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <extracomment>At the foot of a printed report; %1 date and time</extracomment>
        <translation>تهیه‌شده در %1</translation>
    </message>
</context>
<context>
    <name>ReportSql</name>
    <message>
        <source>The report was stopped.</source>
        <translation>گزارش متوقف شد.</translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>Enter a name for the rule.</source>
        <translation>نامی برای قاعده وارد کنید.</translation>
    </message>
    <message>
        <source>The priority cannot be negative.</source>
        <translation>اولویت نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The rule must end after it starts.</source>
        <translation>قاعده باید پس از شروعش پایان یابد.</translation>
    </message>
    <message>
        <source>Choose at least one weekday for the rule.</source>
        <translation>دست‌کم یک روز هفته را برای قاعده انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter both the start and the end of the hour window, between 00:00 and 23:59.</source>
        <translation>شروع و پایان بازه ساعتی را بین ۰۰:۰۰ و ۲۳:۵۹ وارد کنید.</translation>
    </message>
    <message>
        <source>The hour window is empty: its start and end are the same.</source>
        <translation>بازه ساعتی خالی است: شروع و پایان آن یکسان است.</translation>
    </message>
    <message>
        <source>Values in a rule cannot be negative.</source>
        <translation>مقادیر قاعده نمی‌توانند منفی باشند.</translation>
    </message>
    <message>
        <source>The number of points is too large.</source>
        <translation>تعداد امتیاز بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>A tier multiplier must name a tier and lie between ×0 and ×100.</source>
        <translation>ضریب سطح باید یک سطح را مشخص کند و بین ×۰ تا ×۱۰۰ باشد.</translation>
    </message>
    <message>
        <source>An amount of zero would give points for nothing; enter the amount that earns the points.</source>
        <translation>مبلغ صفر یعنی امتیاز بدون هیچ خریدی داده شود؛ مبلغی را که امتیاز به آن تعلق می‌گیرد وارد کنید.</translation>
    </message>
    <message>
        <source>The rule gives no points; enter the points earned.</source>
        <translation>این قاعده هیچ امتیازی نمی‌دهد؛ امتیاز کسب‌شده را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the product group the rule applies to.</source>
        <translation>گروه کالایی را که قاعده برای آن اعمال می‌شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the product the rule applies to.</source>
        <translation>کالایی را که قاعده برای آن اعمال می‌شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>A threshold of zero would give gifts for nothing; enter the threshold.</source>
        <translation>آستانه صفر یعنی هدیه بدون هیچ خریدی داده شود؛ آستانه را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the gift the threshold gives.</source>
        <translation>هدیه‌ای را که با رسیدن به آستانه داده می‌شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the card type the discount applies to.</source>
        <translation>نوع کارتی را که تخفیف برای آن اعمال می‌شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the tier the discount applies to.</source>
        <translation>سطحی را که تخفیف برای آن اعمال می‌شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>A percentage discount must lie between 0.01% and 100%.</source>
        <translation>تخفیف درصدی باید بین ۰٫۰۱٪ تا ۱۰۰٪ باشد.</translation>
    </message>
    <message>
        <source>Enter the discount amount.</source>
        <translation>مبلغ تخفیف را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose each guild the rule is limited to once.</source>
        <translation>هر صنفی را که قاعده به آن محدود است فقط یک بار انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose each merchant the rule is limited to once.</source>
        <translation>هر پذیرنده‌ای را که قاعده به آن محدود است فقط یک بار انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>SalesSql</name>
    <message>
        <source>The sale was not found.</source>
        <translation>فروش پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>کتابخانه رمزنگاری راه‌اندازی نشد.</translation>
    </message>
    <message>
        <source>The key file that protects saved passwords cannot be read.</source>
        <translation>فایل کلیدی که از گذرواژه‌های ذخیره‌شده محافظت می‌کند خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The key file that protects saved passwords is damaged. Enter the passwords again.</source>
        <translation>فایل کلیدی که از گذرواژه‌های ذخیره‌شده محافظت می‌کند آسیب دیده است. گذرواژه‌ها را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>The key file that protects saved passwords is missing. Enter the passwords again.</source>
        <translation>فایل کلیدی که از گذرواژه‌های ذخیره‌شده محافظت می‌کند پیدا نشد. گذرواژه‌ها را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>The key file that protects saved passwords cannot be written.</source>
        <translation>فایل کلیدی که از گذرواژه‌های ذخیره‌شده محافظت می‌کند نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source>A saved password is damaged. Enter it again.</source>
        <translation>یکی از گذرواژه‌های ذخیره‌شده آسیب دیده است. آن را دوباره وارد کنید.</translation>
    </message>
    <message>
        <source>A saved password cannot be opened with this computer's key. Enter it again.</source>
        <translation>یکی از گذرواژه‌های ذخیره‌شده با کلید این رایانه باز نمی‌شود. آن را دوباره وارد کنید.</translation>
    </message>
</context>
<context>
    <name>SmsGateway</name>
    <message>
        <source>Set the SMS gateway in the messaging settings first.</source>
        <translation>ابتدا درگاه پیامک را در تنظیمات پیام‌رسانی تنظیم کنید.</translation>
    </message>
    <message>
        <source>The member has no mobile number.</source>
        <translation>عضو شماره تلفن همراه ندارد.</translation>
    </message>
    <message>
        <source>The SMS gateway address is not a valid http or https URL.</source>
        <translation>نشانی درگاه پیامک یک URL معتبر http یا https نیست.</translation>
    </message>
    <message>
        <source>The SMS gateway refused the message (HTTP %1): %2</source>
        <translation>درگاه پیامک پیام را نپذیرفت (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The SMS gateway did not confirm the message: %1</source>
        <translation>درگاه پیامک ارسال پیام را تأیید نکرد: %1</translation>
    </message>
    <message>
        <source>The SMS gateway %1 did not answer in time.</source>
        <translation>درگاه پیامک %1 به‌موقع پاسخ نداد.</translation>
    </message>
    <message>
        <source>The SMS gateway %1 could not be reached: %2</source>
        <translation>اتصال به درگاه پیامک %1 برقرار نشد: %2</translation>
    </message>
</context>
<context>
    <name>SmtpMailer</name>
    <message>
        <source>Set the email server (SMTP) in the messaging settings first.</source>
        <translation>ابتدا سرور ایمیل (SMTP) را در تنظیمات پیام‌رسانی تنظیم کنید.</translation>
    </message>
    <message>
        <source>The sender's email address is not valid.</source>
        <translation>نشانی ایمیل فرستنده معتبر نیست.</translation>
    </message>
    <message>
        <source>"%1" is not a valid email address.</source>
        <translation>«%1» نشانی ایمیل معتبری نیست.</translation>
    </message>
    <message>
        <source>Email could not be started on this computer.</source>
        <translation>ارسال ایمیل در این رایانه راه‌اندازی نشد.</translation>
    </message>
    <message>
        <source>The email server %1 could not be reached.</source>
        <translation>اتصال به سرور ایمیل %1 برقرار نشد.</translation>
    </message>
    <message>
        <source>The email server %1 did not answer in time.</source>
        <translation>سرور ایمیل %1 به‌موقع پاسخ نداد.</translation>
    </message>
    <message>
        <source>The email server refused the user name or password.</source>
        <translation>سرور ایمیل نام کاربری یا گذرواژه را نپذیرفت.</translation>
    </message>
    <message>
        <source>A secure connection to the email server could not be made: %1</source>
        <translation>اتصال امن به سرور ایمیل برقرار نشد: %1</translation>
    </message>
    <message>
        <source>The email server refused the address %1 (reply %2).</source>
        <translation>سرور ایمیل نشانی %1 را نپذیرفت (پاسخ %2).</translation>
    </message>
    <message>
        <source>The email could not be sent: %1</source>
        <translation>ایمیل ارسال نشد: %1</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The record was not found.</source>
        <translation>رکورد پیدا نشد.</translation>
    </message>
    <message>
        <source>This value is already recorded.</source>
        <translation>این مقدار قبلاً ثبت شده است.</translation>
    </message>
    <message>
        <source>The data store is busy with another operation. Please try again in a moment.</source>
        <translation>پایگاه داده مشغول عملیات دیگری است. لطفاً چند لحظه بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation>پایگاه داده نتوانست عملیات را کامل کند. هیچ تغییری اعمال نشد.</translation>
    </message>
</context>
<context>
    <name>StoreMove</name>
    <message>
        <source>The move was stopped. Start it again to go on where it stopped.</source>
        <translation>انتقال متوقف شد. برای ادامه از همان جایی که متوقف شد، آن را دوباره آغاز کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows in %Ln table(s) are in the central database.</source>
        <translation>
            <numerusform>%1 ردیف در %Ln جدول در پایگاه داده مرکزی قرار دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both sides hold the same rows; %1 account balances and %2 points lots are identical.</source>
        <extracomment>%1 ledger accounts, %2 points lots</extracomment>
        <translation>هر دو طرف ردیف‌های یکسانی دارند؛ مانده %1 حساب و %2 دسته امتیاز یکسان است.</translation>
    </message>
    <message>
        <source>The two sides differ:</source>
        <translation>دو طرف با هم تفاوت دارند:</translation>
    </message>
    <message>
        <source>This desk recorded changes after the move began; they are not in the central database: %1. Empty the central database and move again, with no sales on this desk meanwhile.</source>
        <translation>این میز پس از آغاز انتقال تغییراتی ثبت کرده است که در پایگاه داده مرکزی نیستند: %1. پایگاه داده مرکزی را خالی کنید و دوباره انتقال دهید و در این فاصله با این میز فروش نکنید.</translation>
    </message>
    <message>
        <source>The move could not write its notes beside the data file (%1).</source>
        <translation>انتقال نتوانست یادداشت‌های خود را کنار فایل داده‌ها (%1) بنویسد.</translation>
    </message>
    <message>
        <source>This desk already works on a central database.</source>
        <translation>این میز هم‌اکنون با یک پایگاه داده مرکزی کار می‌کند.</translation>
    </message>
    <message>
        <source>This desk's data does not pass its check; it is not moved:</source>
        <translation>داده‌های این میز از بررسی رد شد؛ منتقل نمی‌شود:</translation>
    </message>
    <message>
        <source>The central database was made by a newer version of the program. Update this program first.</source>
        <translation>پایگاه داده مرکزی با نسخه جدیدتری از برنامه ساخته شده است. ابتدا این برنامه را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <source>The central database was made by an older version of the program. Start the central server of this version once (it brings its database up to date), then check again.</source>
        <translation>پایگاه داده مرکزی با نسخه قدیمی‌تری از برنامه ساخته شده است. سرور مرکزی همین نسخه را یک بار اجرا کنید (پایگاه داده آن را به‌روز می‌کند)، سپس دوباره بررسی کنید.</translation>
    </message>
    <message>
        <source>The data file %1 could not be read.</source>
        <translation>فایل داده‌ها (%1) خوانده نشد.</translation>
    </message>
    <message>
        <source>These tables refer to each other in a loop and cannot be moved in order: %1</source>
        <translation>این جدول‌ها به‌صورت چرخه‌ای به یکدیگر ارجاع می‌دهند و نمی‌توان آن‌ها را به ترتیب منتقل کرد: %1</translation>
    </message>
    <message>
        <source>Another store has already been moved into this central database.</source>
        <translation>فروشگاه دیگری قبلاً به این پایگاه داده مرکزی منتقل شده است.</translation>
    </message>
    <message>
        <source>The central database has no column %1 in %2; it was made for another version of the program.</source>
        <translation>پایگاه داده مرکزی ستون %1 را در %2 ندارد؛ برای نسخه دیگری از برنامه ساخته شده است.</translation>
    </message>
    <message>
        <source>The central database already holds data (%1 rows in %2). Move into an empty database.</source>
        <translation>پایگاه داده مرکزی از قبل داده دارد (%1 ردیف در %2). به یک پایگاه داده خالی منتقل کنید.</translation>
    </message>
    <message>
        <source>The copy of this desk's data does not pass its check:</source>
        <translation>نسخه کپی داده‌های این میز از بررسی رد شد:</translation>
    </message>
    <message>
        <source>The copy of this desk's data made for the move is missing.</source>
        <translation>نسخه کپی داده‌های این میز که برای انتقال تهیه شده بود پیدا نمی‌شود.</translation>
    </message>
    <message>
        <source>This desk's data could not be read for the comparison.</source>
        <translation>داده‌های این میز برای مقایسه خوانده نشد.</translation>
    </message>
    <message>
        <source>%1: %2 rows here, %3 in the central database</source>
        <extracomment>%1 table, %2 rows here, %3 rows in the central database</extracomment>
        <translation>%1: %2 ردیف در اینجا، %3 ردیف در پایگاه داده مرکزی</translation>
    </message>
    <message>
        <source>%1 row %2: %3 differs</source>
        <extracomment>%1 table, %2 row id, %3 column</extracomment>
        <translation>%1، ردیف %2: %3 متفاوت است</translation>
    </message>
</context>
<context>
    <name>StoreMoveSql</name>
    <message>
        <source>The data file holds a table or column the program does not know.</source>
        <translation>فایل داده‌ها جدول یا ستونی دارد که برنامه آن را نمی‌شناسد.</translation>
    </message>
    <message>
        <source>A row of %1 could not be written to the central database: %2</source>
        <translation>یک ردیف از %1 در پایگاه داده مرکزی نوشته نشد: %2</translation>
    </message>
    <message>
        <source>The move's record in the central database is missing.</source>
        <translation>سابقه انتقال در پایگاه داده مرکزی پیدا نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The message uses {%1}, which is not a known placeholder. Known ones: %2.</source>
        <extracomment>{%1} is a placeholder name as the user typed it, e.g. {birthday}</extracomment>
        <translation>پیام از {%1} استفاده می‌کند که جای‌نگهدار شناخته‌شده‌ای نیست. موارد شناخته‌شده: %2.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The operation was already finished.</source>
        <translation>این عملیات قبلاً به پایان رسیده است.</translation>
    </message>
</context>
<context>
    <name>TransactionSql</name>
    <message>
        <source>The transaction was not found.</source>
        <translation>تراکنش پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>WarrantySql</name>
    <message>
        <source>That sale line was not found.</source>
        <translation>آن ردیف فروش پیدا نشد.</translation>
    </message>
    <message>
        <source>That warranty was not found.</source>
        <translation>آن گارانتی پیدا نشد.</translation>
    </message>
</context>
</TS>