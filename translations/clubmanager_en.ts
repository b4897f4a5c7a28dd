<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupFile</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a backup made by Customer Club Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged: it was changed after it was written. Use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is incomplete: it ends before its last part. It may not have been copied completely; use another copy or another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was written in a newer format. Install the newer version of Customer Club Manager to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the backup file is damaged at its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to make the backup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1. Check that the folder exists, that there is room and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be unpacked next to the data file. Check that there is room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be unpacked next to the data file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSchedule</name>
    <message>
        <source>Choose a folder and a passphrase for the daily backups first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached. Is the drive connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old backup could not be removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSql</name>
    <message>
        <source>The data file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the data could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPrinting</name>
    <message>
        <source>Print Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be used. Check that it is switched on and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardStockSql</name>
    <message numerus="yes">
        <source>This branch does not have %Ln blank card(s) of this type.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The stock card was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a card still in stock can be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::App</name>
    <message>
        <source>Customer Club Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the data file could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Club Manager is already open on this data file. Switch to the open window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file&apos;s folder cannot be written to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The previous data was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::CommandLine</name>
    <message>
        <source>Customer Club Manager: the loyalty club&apos;s back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store in FILE instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <extracomment>The value&apos;s name in --help: keep it short, in capitals where the script has them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the store in the folder DIR (the file %1 in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <extracomment>The value&apos;s name in --help: keep it short, in capitals where the script has them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for this start: fa (Persian), ar (Arabic) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <extracomment>The value&apos;s name in --help: keep it short, in capitals where the script has them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back the store up into the encrypted file FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the store from the backup FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the store (SQLite, ledger, stock) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use fa, ar or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --data or --data-dir, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data needs the store&apos;s file, not a folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Use --data to open a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --backup, --restore and --check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff or student number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as 1370/05/12 or 1991-08-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: the day and the month could be either way round. Write the year first, as 1370/05/12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write the year with four digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of &quot;%1&quot; is neither Jalali (1300–1499) nor Gregorian (1900–2100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the Jalali calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day of the Gregorian calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message language</source>
        <extracomment>A column of the member import: the language of the member&apos;s messages</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::Actor</name>
    <message>
        <source>Your role does not allow this. Ask a manager or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::AuthService</name>
    <message numerus="yes">
        <source>The password must have at least %Ln characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a branch code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a branch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch with this code already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name must be 3 to 32 Latin letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the operator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be secured. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operator has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. An administrator must set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or take away your own administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::BackupService</name>
    <message>
        <source>This computer works on the central database; it is backed up on its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room for a temporary copy next to the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Customer Club Manager (data version %1; this version knows up to %2). Install the newer version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer works on the central database; it is restored on its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checked backup could not be put beside the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in this backup is damaged (SQLite&apos;s own check failed). Use another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in this backup does not pass the ledger and stock check, so it is not used:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current data could not be saved aside, so the backup was not restored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place; the previous data was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored data failed its check, so the previous data was put back. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::CampaignService</name>
    <message>
        <source>Give the message a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another message already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the segment to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the message to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test message from %1. If you can read it, messages to members will arrive too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::CardService</name>
    <message>
        <source>The member was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has been deactivated. Reactivate the member before giving them a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A member may hold only %Ln active card(s) of the type &quot;%1&quot;, and this member already has that many. Block or replace one of them instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No blank cards of this type are left in this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every card number with the prefix %1 and %Ln digit(s) has been given out. Give the card type a new prefix or a longer number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No free card number was found for the prefix %1. Give the card type a new prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards of this type are no longer issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards of this type need a PIN. Enter a PIN of 4 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has already been replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has been replaced and is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replaced card can never be unblocked. Use its replacement card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is already blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was changed by someone else. Open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN must have %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN may contain digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN of one repeated digit is too easy to guess. Choose another PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN of consecutive digits, such as 1234 or 4321, is too easy to guess. Choose another PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be secured. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card&apos;s PIN is locked after too many wrong tries. A manager must unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has no PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card&apos;s PIN is locked after too many wrong tries. A manager must unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The PIN was wrong %Ln time(s) and is now locked. A manager must unlock it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PIN is wrong. %Ln try(s) left before it locks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the card type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number prefix must be 1 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card number must be 12 to 19 digits long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number must be longer than the prefix and its check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity must be 0 to 120 months.</source>
        <extracomment>0 means the card never expires</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards per member must be 0 to 10.</source>
        <extracomment>0 means no limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card type was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card type with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many blank cards come in or go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for this stock movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are fewer blank cards in stock than you want to write off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s serial number could not be read. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a card waiting to be encoded can be activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card this one replaces is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chip is already registered to another card. Use another blank card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter why this card is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a card waiting to be encoded can be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a card of this club.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card failed the authenticity check. Keep it and call a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card was written with a card key this branch does not have. Import the club&apos;s card keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has not been activated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has not been encoded yet. Void it instead of replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is void and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replacement for this card is waiting to be encoded. Activate or void it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has not been encoded yet. Void it if it will not be handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has not been encoded and activated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card with this number or chip is already in use. Keep the card and call a manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::CardStockService</name>
    <message>
        <source>This card failed the authenticity check. Keep it and call a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has not been handed out yet: it is still in stock. Cards are activated only after they are distributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is blocked (its batch was reported lost or withdrawn). Keep it and call a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card already belongs to a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a card of this club.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip&apos;s serial number could not be read. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chip is already registered to another card. Use another blank card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new member&apos;s first and last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new member&apos;s mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card&apos;s value was already given. Call a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter how many cards to make, from 1 to %Ln.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The preloaded value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards of this type are no longer issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only loyalty, discount and gift cards can be made in stock batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only gift cards can carry a preloaded value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch that keeps the cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card type&apos;s numbers run out before the batch is complete. Give the card type a new prefix or a longer number, or make a smaller batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some numbers of this card type&apos;s prefix are already in use by another prefix. Give the card type a new prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was cancelled. No cards were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a branch, or enter the event or organisation that gets the cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a range of cards from 1 to %1 of this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) of this range are no longer in stock (already distributed, bound or blocked). Choose a range of cards that are all in stock.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter why these cards are blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card of this range can be blocked here: they are all bound to members or blocked already. Block a member&apos;s card on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the gift value the club gives with each card, or choose that the customer pays for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::CardTemplateService</name>
    <message>
        <source>The card type was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card design is too large to save. Use smaller images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a card design the program can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::CatalogService</name>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch whose own price ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the price starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot start in the past; past prices are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This price would overlap a period that starts later. Choose a later start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product has no price at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product group was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the product group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group cannot be moved into itself or one of its subgroups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group still holds products or subgroups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a product code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product&apos;s name in at least one language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift needs a points price above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product already has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product already has this barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another product already has this code or barcode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::ConnectedCreditViews</name>
    <message>
        <source>The central server does not know this member by their mobile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::ConnectedDesk</name>
    <message>
        <source>Enter the server&apos;s address, the terminal id and its secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The server (version %1) accepts this terminal.</source>
        <extracomment>%1 the server&apos;s version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server does not know this member by their mobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points, stored value and credit together are more than the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server does not know this member by their mobile. Use their card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server cannot be reached. A member&apos;s sale can be kept for later only with their card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was already kept for another operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has no active card, and the central server knows members by their card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server has not named this desk&apos;s branch yet. Choose the sale from the member&apos;s recent sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale is not in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this sale, so it cannot be returned. A manager sees it among the sync conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how many of each item come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the gift catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s PIN is needed for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server cannot be reached, and it keeps what members owe. Take the payment when it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::CreditService</name>
    <message>
        <source>Choose between 1 and 120 installments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installment plan was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale put nothing on this member&apos;s credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale is already paid in installments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too small for this many installments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member owes %1 that is not yet in installments; a plan cannot be for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member or a card type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is owed. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is more than the %1 owed. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date to age the debts on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active gift card can be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge is already being recorded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This gift card charge was already returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of this gift card&apos;s value has already been spent, so the card cannot be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return is already being recorded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying points is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too many points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card&apos;s value was given by the club as a promotion, so no money is paid back for it. Block the card instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::CsvReader</name>
    <message>
        <source>This file&apos;s text encoding cannot be read on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is neither UTF-8 nor Windows-1256 text. Save it from Excel as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file says it is UTF-8 but holds bytes that are not. Save it again as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory reading the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::DonationService</name>
    <message>
        <source>Enter the charity&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a charity named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer takes donations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot be used for this member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the card&apos;s PIN to spend points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the card whose PIN was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too many points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The donation is already being recorded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donations by charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::InventoryService</name>
    <message>
        <source>The count sheet was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This warehouse already has an open count sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A counted quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This count sheet is already posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is not on the count sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This branch already has a warehouse with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product does not keep stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough stock for this movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received and returned quantities must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods going out are entered as a negative quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many units the adjustment adds or removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for this adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of movement cannot be entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many units to transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different warehouses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low-stock threshold cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::LedgerService</name>
    <message>
        <source>The transaction was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be later than the time the points can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation is already being posted. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of points to add or take away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for the adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points cannot be moved to the account they are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the time up to which points expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points cannot be expired ahead of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points changed while they were being expired. Nothing was posted; run the expiry again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member account %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 does not balance: its points entries sum to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 does not balance: its money entries sum to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1 has no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of transaction %2 is in another unit than its account (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 shows a balance of %2, but its entries sum to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is below zero (%2) although it may not go negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points lot %1 shows %2 of %3 points remaining, but its entries sum to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 draws on points lot %2 of another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member account %1 has %2 points, but its points lots hold %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points changed during this operation. Nothing was posted; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for the void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void or an expiry cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a transaction of today can be voided. Record a return or an adjustment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction has already been voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points this transaction gave have been used since, so it cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the points this transaction used have expired since, so it cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money this transaction added has been used since, so it cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::LotteryService</name>
    <message>
        <source>Give the lottery a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket rules cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how members earn tickets: per points, per amount spent or per purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lottery needs at least one winner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prize points cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the gift catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prize: points, a gift, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random number source could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed is 64 hexadecimal digits (0-9, a-f).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries of this lottery are already frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has a ticket in this lottery&apos;s period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lottery has already been drawn; a draw runs only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the entries before the draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lottery has not been drawn yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lottery has no message for its winners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is not set up (Messaging settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS is not set up (Messaging settings).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::MemberService</name>
    <message>
        <source>A member cannot join their own family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both members must be active to join a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These members are already in the same family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is the head of a family with other members. Take the other members out of it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member already belongs to another family. Take them out of it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member&apos;s account holds stored value or credit. Settle it before joining a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member&apos;s points balance is negative. Settle it before joining a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is not in a family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of a family cannot leave while other members remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member with this national code is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member with this mobile number is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a mobile number. Enter an Iranian mobile such as 0912 123 4567, or an international number starting with + or 00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This national code is not valid. Check its ten digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date must be after 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marriage date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marriage date cannot be before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marriage date must be after 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member cannot be their own referrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referring member was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referring member has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member with this mobile number is already registered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member with this national code is already registered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Persian, Arabic or English, or the store&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::MessagingSettingsStore</name>
    <message>
        <source>Choose Persian, Arabic or English for messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email server&apos;s port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sender&apos;s email address, such as club@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit must be between 1 and 300 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway&apos;s address or body must contain {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the message to send on this occasion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days ahead must be between 0 and 365.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::NetworkService</name>
    <message>
        <source>The item was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the guild&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guild named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the merchant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the merchant&apos;s guild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guild %1 is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s own merchant cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merchant named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the branch code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the branch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch&apos;s merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch you are working at cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period can be settled once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this period is already settled. Choose a period after the last settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is owed between merchants in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settlement between merchants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::OccasionService</name>
    <message>
        <source>Only a message that failed can be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::OrganisationService</name>
    <message>
        <source>This organisation is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column chosen for %1 is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 columns; the header has %2. A column is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date read as Jalali: %1 (%2 Gregorian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date read as Gregorian: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same mobile number is on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national code %1 is not valid: its check digit does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same national code is on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no name and no mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file mixes Jalali and Gregorian dates; each row says how its date was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member already belongs to the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member does not belong to the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded by organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding by organisation %1 ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not one of Persian, Arabic or English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::Outbox</name>
    <message>
        <source>The sale cannot be kept for later: it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale is not in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was done about this sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale has already been dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: points and stored value can only be spent offline with the member&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached and this card may spend only %1 more points offline. Redeem fewer points or wait for the connection.</source>
        <extracomment>%1 how many points this card may still spend while the server cannot be reached</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached and this card may spend only %1 more of its stored value offline. Pay the rest another way or wait for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::OutboxWorker</name>
    <message>
        <source>The sale this return belongs to was refused by the server, so the return was not sent either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member of this card was refused by the central server, so the card was not sent either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card was refused by the central server, so its block or unblock was not sent either.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::ReportService</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net after returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back by returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the issued, still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points held at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share who bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved up into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved down into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by period, branch and product group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts, quantities, gross, discounts and net sales, less returns, for each period, branch and product group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued, redeemed and expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points given, taken back by returns, redeemed, expired and adjusted in each period, and of the points given, those still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points members hold at the end of each period and what they are worth at today&apos;s point value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debts and aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What members owe on the last day of the range, by days past due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member growth and active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members, members in all and members who bought something, in each period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier distribution and movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members in each tier now, and members who moved up or down into each tier in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card issuance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards issued, replaced and blocked (by reason) in each period, by card type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first and the last day of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the report is after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report by day covers at most a year. Choose a shorter range or report by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report covers every branch; clear the branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report cannot be narrowed by card type; clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report cannot be narrowed by member group; clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report cannot be narrowed by tier; clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <extracomment>RFM segment: bought recently and often</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <extracomment>RFM segment: buy often</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <extracomment>RFM segment: bought recently, not yet often</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <extracomment>RFM segment: neither recent nor frequent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <extracomment>RFM segment: bought often, but not lately</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>RFM segment: bought rarely and long ago</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1–%L2</source>
        <extracomment>a range of RFM scores, e.g. 4–5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R %1, F %2</source>
        <extracomment>RFM scores: R(ecency) %1, F(requency) %2, e.g. &quot;R 4–5, F 3&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <extracomment>two score ranges of an RFM segment, either of which puts a member in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given as gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred in less out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-taking difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing at stock-taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at stock-taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average spent per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monetary score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought in, in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them, bought in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock and valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each warehouse and product: stock at the start, what came in and went out by reason, stock at the end and its value at the selling price of the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units received, sold, returned, given as gifts, transferred, adjusted and corrected by stock-taking, in each period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-taking differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products whose count differed from the expected stock, on the count sheets posted in the range, and what the difference is worth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segments (RFM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who bought in the range, scored 1 to 5 on how recently, how often and how much they bought, grouped into segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln members who spent most in the range, with their scores and segment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Gift redemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog gifts given for points in each period: how many, the points spent and the members who took them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each operator did in each period: sales, returns, gifts, cards issued, blocked and voided, and logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who brought others in: how many joined in the range and in all, the points they earned for it, and how many of those they brought bought something in the range and for how much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report cannot be narrowed by product group; clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card value the club gave away: promotional pre-printed gift cards activated in each period, by card type, and the value they brought to members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::RuleService</name>
    <message>
        <source>The rule was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule cannot start in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version of a rule cannot start in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest version of a rule can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version must start while the current version is in force, after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule cannot end in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule must end after it starts and before its current end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is limited to a guild that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule is limited to a merchant that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::SalesService</name>
    <message>
        <source>Choose the items being returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line of the sale can appear once in a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of this item can still be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A returned item is not on this sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund above %1 needs a manager. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return is already being recorded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the gift catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be identified, so it was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This branch has no warehouse, so stock cannot be moved. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a positive number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points can only be redeemed by a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount cannot be negative or more than the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot be used for this member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points are worth more than the bill. Redeem fewer points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the card whose PIN was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is already being recorded. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale has this receipt number at this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member can pay with stored value or credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present the member&apos;s card to pay with stored value or credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored value is %1; it cannot pay %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 more can be put on this member&apos;s credit (limit %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points, stored value and credit together are more than the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the card&apos;s PIN to pay with stored value or credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for the void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction has already been voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of this sale have been returned, so it cannot be voided. Return the rest instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction is not a gift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::SalesSettingsStore</name>
    <message>
        <source>A redeemed point must be worth more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return window must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff refund limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of a point cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a known time zone, such as Asia/Tehran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sales settings could not be read. Check them in Settings and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The points lifetime must be between 0 and %Ln day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points must last longer than the return window (%Ln day(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points must last at least as long as the return window (%Ln day(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Core::SegmentQuery</name>
    <message>
        <source>A saved segment could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of days must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays can be looked for up to 365 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points balance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member can have bought in the last %1 days without buying in the last %2 days. Choose a longer period for &quot;bought within&quot; or remove one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tiers by name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::SegmentService</name>
    <message>
        <source>Give the segment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another segment already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::ServerClient</name>
    <message>
        <source>The central server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server did not accept this user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session with the central server has ended. Log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server does not accept this desk. Check the terminal id and secret in Settings, or ask whether the terminal was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is too far from the central server&apos;s. Set the date and time and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server refused a repeated request. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this on the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server does not know this card, member, product or sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server refused the request as incomplete or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server refused this: the record changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member does not have enough points for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored value or the credit left does not cover this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot be used (blocked, replaced or not genuine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s PIN is needed for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after too many wrong tries. A manager can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many tries. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale was already sent with other contents. Start a new sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server could not do this (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another card in the chain already has this number, so this card is not known to the central server. Block it here and issue the member a new card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::SurveyService</name>
    <message>
        <source>Give the survey a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period whose end is after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for answering cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A survey needs at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short survey has at most 20 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey &quot;%1&quot; is not open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate &quot;%1&quot; from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is for a question that is not in this survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already answered the survey &quot;%2&quot;; a survey is answered once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no answers: a header row, then one row per member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln columns; the survey needs %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No member has the mobile number or number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::SyncPuller</name>
    <message>
        <source>Some records refer to others that are not here yet; the next sync brings them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data from the central server could not be saved here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::SyncSettings</name>
    <message>
        <source>The terminal secret is not the one clubserver printed: copy all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s key file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s key file is damaged. Enter the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s key file is missing. Enter the terminal secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s key file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://club.example.com:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the terminal id clubserver printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to wait for the server must be between 1 and 120 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the terminal secret clubserver printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved terminal secret is damaged. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved terminal secret cannot be opened with this computer&apos;s key. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::TierService</name>
    <message>
        <source>The tier programme could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the card type the programme is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier key is 1 to 32 small Latin letters, digits, &apos;-&apos; or &apos;_&apos;, such as gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two tiers have the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tier %1 a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two tiers have the same rank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A threshold cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tier must need more than the tier below it (%1 after %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card type has no tier programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the time the reviews are due by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers cannot be reviewed ahead of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The qualifying window must be between 1 and %Ln day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The review period must be between 1 and %Ln day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Core::TransactionService</name>
    <message>
        <source>A void cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction has already been voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of transaction cannot be voided. Record a return or an adjustment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a transaction of today can be voided. Record a return or an adjustment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest amount must not be below the smallest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for the void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale of this transaction was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Core::WarrantyService</name>
    <message>
        <source>A warranty period is 1 to %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That product was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial number has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is not the one on the sale line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warranty cannot start in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member the warranty is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warranty can only go on an active card of the same member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product has no default warranty period: enter the months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number %1 of this product already has a warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event cannot be dated before the warranty started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event cannot be dated before the last one logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was replaced: this warranty takes no more events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is already in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is not in service: log that it was received first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 0 to 3660 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Maintenance::Commands</name>
    <message>
        <source>Made %1 (UTC): %2 members, %3 cards, %4 ledger entries, %5 sales.</source>
        <extracomment>a backup&apos;s contents; %1 date and time (UTC), %2..%5 counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the backup passphrase in CLUB_BACKUP_PASSPHRASE or on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous data was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Club Manager is open on this data file. Close it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::AddStockDialog</name>
    <message>
        <source>Add Blank Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note, supplier invoice…</source>
        <extracomment>Placeholder: why blank cards are added to the stock</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add the blank cards to the stock</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a card type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many blank cards arrived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::BackupSection</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is set. Daily backups run while the program is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase is set yet: choose one to start daily backups. Write it down and keep it apart from the backups; without it they cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backups, best on another disk, a USB drive or a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last good backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds no backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %Ln characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder and set a passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be reached. Is the drive connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.clubbackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Central Server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::BatchIssueDialog</name>
    <message>
        <source>Batch Issue Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>Button: begin issuing and encoding the cards of the batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <extracomment>Button: encode again the cards of the batch that failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Status of a card in a batch: not started yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <extracomment>Status of a card in a batch: being written now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <extracomment>Status of a card in a batch; %1 is the new card number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <extracomment>Status of a card in a batch; %1 says why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some cards failed. Press Retry Failed to encode them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cards are issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 of %2: place a blank card for %3.</source>
        <extracomment>%1 is the position in the batch, %2 the number of cards, %3 the member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is done. Take it off the reader.</source>
        <extracomment>%1 is the position of the finished card in the batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print All Cards…</source>
        <extracomment>Button: print every issued card of the batch in one job, on a printer or to a PDF</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::BlockCardDialog</name>
    <message>
        <source>Block Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <extracomment>Button: block the card now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block card %1 of %2?
It cannot be used until it is unblocked.</source>
        <extracomment>%1 is the card number, %2 the member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::BranchesTab</name>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::BuyPointsDialog</name>
    <message>
        <source>Buy Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying points is turned off in the sales settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of a point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sell %Ln point(s) for %1?</source>
        <extracomment>%Ln points, %1 price</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The central server cannot be reached. The purchase is kept and sent when it is back (pending sync).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CampaignsPanel</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>A message waiting to be sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the &amp;failed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address or mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; created. Preview it, send a test, then run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln message(s), as they would go now. Nothing was sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter where the test should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message went to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1, failed: %2, skipped: %3.</source>
        <extracomment>After a campaign run: how many messages were sent, failed and skipped</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardActionBar</name>
    <message>
        <source>Re&amp;place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bloc&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set P&amp;IN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change P&amp;IN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock Card</source>
        <extracomment>%1 is a card number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock card %1? It can be used again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock PIN</source>
        <extracomment>%1 is a card number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the PIN of card %1? The member can try the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardDesignerDialog</name>
    <message>
        <source> mm</source>
        <extracomment>Unit after a length in millimetres</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Design: %1</source>
        <extracomment>Window title; %1 is the card type&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <extracomment>The printed side of a plastic card</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <extracomment>The printed side of a plastic card</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with &amp;card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image or logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected element (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring &amp;Forward</source>
        <extracomment>Moves an element above the others in the drawing order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Bac&amp;kward</source>
        <extracomment>Moves an element below the others in the drawing order</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed text</source>
        <extracomment>What a card element shows: the text typed below instead of a member&apos;s data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <extracomment>Unit after a font size in points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of line</source>
        <extracomment>Text alignment: at the start of the line (right in Persian, left in English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of line</source>
        <extracomment>Text alignment: at the end of the line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code 128 barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ali&amp;gnment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ima&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background co&amp;lour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the design (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved design could not be read; the standard design is shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <extracomment>An element in the card designer&apos;s list; %1 is what it shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front, “%1”: lies on the magnetic stripe or an area kept clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back, “%1”: lies on the magnetic stripe or an area kept clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front, “%1”: goes past the edge of the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back, “%1”: goes past the edge of the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front, “%1”: has no width or height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back, “%1”: has no width or height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: the design prints as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an image the program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Background Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sara</source>
        <extracomment>A sample member&apos;s first name in the card designer&apos;s preview</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ahmadi</source>
        <extracomment>A sample member&apos;s last name in the card designer&apos;s preview</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the card of %1.</source>
        <extracomment>%1 is the member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this design before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left edge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top edge:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardEncodingFlow</name>
    <message>
        <source>No card reader is set up on this desk. Set one up on the Devices page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a blank card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the card. Keep it on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the card. Keep it on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing the card. Keep it on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 was cancelled. Its number will not be used again.</source>
        <extracomment>%1 is the card number that will never be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken off the reader while the keys were being written. Put it back and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken off the reader while the card number was being written. Put it back and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken off the reader while it was being checked. Put it back and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken off the reader while it was being erased. Put it back and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be read. Put it back on the reader and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card number cannot be written on a chip (chip cards need 16-digit numbers). Abandon it and change the card type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card belongs to another system and cannot be used. Place a blank card on the reader and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not keep what was written. Place another blank card on the reader and press Retry, or Abandon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused to be written. Place another blank card on the reader and press Retry, or Abandon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card already holds a club card. Erase it to use it as a blank, or place a blank card on the reader and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not blank and is not one of ours, so it cannot be erased. Place a blank card on the reader and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not read back correctly. Press Retry to write it again, or Abandon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is active.</source>
        <extracomment>%1 is the card number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card number cannot be written on a magnetic stripe (it needs a 16-digit number and an expiry before 2100). Abandon it and change the card type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the card encoder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swipe the card through the encoder to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swipe it again to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stripe did not read back correctly. Press Retry to write it again, or Abandon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 was not encoded. It stays in stock.</source>
        <extracomment>%1 is the number of a pre-printed card that stays in stock, not encoded</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is encoded.</source>
        <extracomment>%1 is the number of a pre-printed card, written and waiting in stock</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chip already holds card %1, so it was not written. Place a blank card on the reader and press Retry, or skip this card.</source>
        <extracomment>%1 is the number of the card the chip already holds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardEventModel</name>
    <message>
        <source>When</source>
        <extracomment>Column: date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <extracomment>Column: what happened to the card</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardKeysPanel</name>
    <message>
        <source>Card keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the card keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for another branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from another branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards get new keys; cards issued before stay readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards are written and checked with keys that only this club has. They are kept sealed under a passphrase that a manager chooses; unlock them at the start of a shift to issue or read cards. Another branch imports them from an exported file and a second passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no card keys yet. Create them before issuing chip cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no card keys yet. A manager must create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked for this session (key version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Unlock them to issue or read chip cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the card keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the card keys&apos; passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the card keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %Ln characters. Without it the keys cannot be unlocked: keep it somewhere safe.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the card keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a second passphrase for the file. Tell it to the other branch&apos;s manager in person or by phone, never with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card keys (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card keys were exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the card keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the file&apos;s passphrase, as the other branch told you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type this store&apos;s card keys passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this store&apos;s card keys passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln key version(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards issued from now on will use new keys. Cards issued before stay readable. Other branches must import the keys again. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardListModel</name>
    <message>
        <source>Never</source>
        <extracomment>A card without an expiry date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>The card&apos;s PIN: locked after too many wrong tries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Card status column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <extracomment>Which card of the member this is: 1 for the first, 2 after one replacement...</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <comment>PIN</comment>
        <extracomment>The card&apos;s PIN: set or not</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>PIN</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardStockTab</name>
    <message>
        <source>In stock</source>
        <extracomment>A pre-printed card that is still in stock</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed</source>
        <extracomment>A pre-printed card handed out to a branch, event or organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <extracomment>A pre-printed card activated and bound to a member</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <extracomment>Column: the batch&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <extracomment>Column: the first and last card number of a batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift value</source>
        <extracomment>Column: money each gift card of the batch carries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <extracomment>Column: when the batch was made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Batch…</source>
        <extracomment>Button: make a batch of pre-printed cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribute…</source>
        <extracomment>Button: hand out cards of the batch to a branch, event or organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <extracomment>Button: block a lost batch or a range of it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards by Branch and State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>The first and last card number of a batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (promotion)</source>
        <extracomment>A gift batch&apos;s value that the club gives away; %1 is the amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypeDialog</name>
    <message>
        <source>New Card Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Card Type — %1</source>
        <extracomment>Window title; %1 is the card type&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> digits</source>
        <extracomment>Suffix of the card number length, e.g. &quot;16 digits&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <extracomment>Validity of 0 months: the card never expires</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>Suffix of the validity in months, e.g. &quot;24 months&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards need a &amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Cards of this type one member may hold: 0 means no limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue only from &amp;blank card stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive: new cards of this type can be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number p&amp;refix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards per &amp;member:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypeModel</name>
    <message>
        <source>Never expires</source>
        <extracomment>Card validity: the card never expires</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Cards of this type one member may hold: no limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracked</source>
        <extracomment>Blank card stock is not counted for this card type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column: loyalty, gift, discount...</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <extracomment>Column: the digits every card number of this type starts with</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <extracomment>Column: how many digits a card number has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank stock</source>
        <extracomment>Column: blank cards on hand at this branch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Column: whether new cards of this type may be issued</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardTypesPage</name>
    <message>
        <source>Show &amp;inactive types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Card Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Types</source>
        <extracomment>Side bar page title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card types yet. Create the first with New Card Type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Design Card…</source>
        <extracomment>Opens the designer of the printed card for the selected card type</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CardsPage</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank Cards at This Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or swipe the card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>Card status (active, blocked, replaced)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence:</source>
        <extracomment>Which card of the member this is: 1 for the first, 2 after one replacement...</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <extracomment>Tab of the Cards page: find a card, its details and history, blank card stock
----------
Side bar page title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Card status and why, e.g. &quot;Blocked — Lost: left at the counter&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Card status of an active card past its expiry date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %Ln wrong tries</source>
        <extracomment>PIN state of a card; %Ln wrong tries</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Batch Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Issue Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no member groups. Put the members who get cards in a group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln member(s))</source>
        <extracomment>A member group in a list: its name and how many members it has</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Issue a card to each member of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <comment>PIN</comment>
        <extracomment>PIN state of a card</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>PIN</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Stock</source>
        <extracomment>Tab of the Cards page: batches of pre-printed cards made without members</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CatalogPage</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A button&apos;s tool tip: &quot;New product (Ctrl+N)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gifts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New G&amp;roup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, barcode or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift for points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <extracomment>Side bar page title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new group inside %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Group</source>
        <extracomment>%1 is the group being moved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warranty Period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harities</source>
        <extracomment>Tab of the Catalog page: charities members may donate points to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty Period</source>
        <extracomment>%1 is the product&apos;s name; 0 months means the product has no default warranty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default warranty of %1 in months (0: none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: warranty of %Ln month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no default warranty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CharitiesPanel</name>
    <message>
        <source>&amp;New Charity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donations</source>
        <extracomment>Column: how many donations the charity received</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>Column: the money value of the donated points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Donations</source>
        <extracomment>Default file name of the donations export</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::CountSheetDialog</name>
    <message>
        <source>&amp;Post Adjustments…</source>
        <extracomment>Posts the differences of a stock count as adjustments</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock Count of %1</source>
        <extracomment>Dialog title; %1 is the warehouse</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the system and the count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sheet opened %1. Type what is on the shelves; Enter saves a line and moves down.</source>
        <extracomment>%1 is when the count sheet was opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1</source>
        <extracomment>A product the catalog no longer lists; %1 is its number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager must post the count: ask a manager to log in and post this sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line differs from the system. Close the count sheet?</source>
        <extracomment>Confirmation before posting a stock count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Post %Ln adjustment(s) to the stock of %1? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::CreditPage</name>
    <message>
        <source>Choose &amp;Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Installment &amp;Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettle Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charge Gift Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return a Gift Card Charge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buy Points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the member by name, mobile or card number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In installments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Columns of a credit statement
----------
Columns of the member&apos;s gift card charges</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan / No.</source>
        <extracomment>Columns of the installment plans</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>Columns of the member&apos;s gift cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Columns of the aging report: days past due</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a member to open their credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gift Cards and Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit and installments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the member&apos;s own limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(limit of the card type %1)</source>
        <extracomment>%1 is a card type&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(limit of the card type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no credit allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase on credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The totals row of the aging report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installment %1 of plan %2 (due %3)</source>
        <extracomment>An installment: %1 its number, %2 its plan&apos;s number, %3 its due date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>%1 an amount, %2 which installment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to the debt outside plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken. Still owed: %2.
%3</source>
        <extracomment>%1 amount paid, %2 what is still owed, %3 lines of where it went</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member pays %1 now and the plan is settled. Go ahead?</source>
        <extracomment>%1 the amount still expected by the plan</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan %1 (%Ln installment(s))</source>
        <extracomment>An installment plan in the list: %1 its number, %Ln the number of installments</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server keeps the chain&apos;s credit: installment plans, limits and returns of charges cannot be recorded at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the central server has them: every branch&apos;s operations are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The central server cannot be reached: these figures are this desk&apos;s own records and miss what other branches did. %Ln operation(s) of this desk wait to be sent.</source>
        <extracomment>Shown over a member&apos;s credit figures when the central server does not answer</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Returned</source>
        <extracomment>State of a gift card charge</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by the club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 the points that may be spent now, %2 all points (some still pending)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::DateEdit</name>
    <message>
        <source>No date</source>
        <extracomment>Shown in an optional date field that has no date</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::DeviceMessages</name>
    <message>
        <source>The smart card service (pcscd) is not running. Start it, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the reader and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader chosen in the device settings is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card on the reader. Place the card on the reader and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken off the reader too soon. Place it on the reader again and keep it there until the work is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card does not answer. It may be damaged or of an unsupported kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the card reader. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader did not answer in time. Check the reader and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader reported an error. Try again; if it persists, reconnect the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused the club&apos;s keys. It is not one of our cards, or it belongs to another club.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card refused to be read or written. It may be locked or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card gave an unexpected answer. It may be of an unsupported kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card encoder&apos;s port could not be opened. Check the port in the device settings and that the encoder is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card encoder is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card encoder is still busy with the previous card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data does not fit on the magnetic stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card encoder did not answer in time. Check that it is plugged in and switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card encoder gave an answer this program does not understand. Check the encoder model in the device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stripe could not be read or written. Swipe the card again, evenly and at a steady speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card encoder refused the command. Check the encoder model in the device settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The swipe was not good enough to write the card. Swipe it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card encoder refused the setting (for example high or low coercivity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the card encoder was lost. Check the cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card encoder reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be read. Place it on the reader again and keep it there for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer could not be opened. Check the port or device in the device settings and that the printer is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the receipt printer failed. Check the cable and the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer stopped taking data. Check for a paper jam, an open cover or an empty roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is still printing the previous receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The club&apos;s card keys are locked, so this card cannot be checked. A manager can unlock them on the Devices page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This club has no card keys yet, so cards cannot be written or checked. A manager creates them on the Devices page, under Card keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings belong to this computer: each desk chooses its own reader, encoder and printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save device settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactless card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s name, or a pattern such as &quot;ACS ACR122U*&quot;. Leave it empty to use the first reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the member when a card is placed on the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnetic stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A swipe on a keyboard swipe reader opens the member, on any page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the port, or type its full path (for example /dev/ttyUSB0 or COM3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High coercivity (Hi-Co, lasts longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low coercivity (Lo-Co)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial port (/dev/ttyS0, COM1) or a printer device such as /dev/usb/lp0. Leave it empty when there is no receipt printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (baud):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader answers. Place a card on it to test reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader works. Card on the reader: chip …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the encoder and its port first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder answered and is set for high-coercivity cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder answered and is set for low-coercivity cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the receipt printer&apos;s port or device first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test receipt was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm paper</source>
        <extracomment>Receipt paper width, e.g. &quot;80 mm paper&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::DonationDialog</name>
    <message>
        <source>Donate Points of %1</source>
        <extracomment>Dialog title; %1 is the member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth %1</source>
        <extracomment>What the donated points are worth in money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card P&amp;IN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Donate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charity is set up. A manager adds them on the Catalog page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the points to donate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation receipt</source>
        <extracomment>Receipt heading</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>A masked card number: only its last four digits are printed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points donated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <extracomment>On the donation receipt: the money value of the donated points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your kindness.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::EncodeCardDialog</name>
    <message>
        <source>Encode the Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 for %2</source>
        <extracomment>%1 is the card number, %2 the member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <extracomment>Button: write the card again after a failure</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the Card</source>
        <extracomment>Button: erase a card of ours so it can be written as a blank</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abandon</source>
        <extracomment>Button: give up encoding; the card number is cancelled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the Card…</source>
        <extracomment>Button: print this card with its card type&apos;s design, on a printer or to a PDF</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::EngagementPage</name>
    <message>
        <source>&amp;Lotteries</source>
        <extracomment>Tab: lottery draws and contests for members</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;urveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <extracomment>Side bar page: lotteries, contests and surveys for members</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::FieldErrors</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::FundedCreditDialog</name>
    <message>
        <source>The organisation &amp;pays for this person&apos;s credit purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation Credit for %1</source>
        <extracomment>%1 is a member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is the person&apos;s credit limit; they need a credit card of the club to buy on it. Purchases and returns appear on the organisation&apos;s statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the limit as a whole amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::GiftChargeDialog</name>
    <message>
        <source>Charge Gift Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has no active gift card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount the customer pays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge %1 on card %2?</source>
        <extracomment>%1 amount, %2 card number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server cannot be reached. The charge is kept and sent when it is back (pending sync).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::GiftDialog</name>
    <message>
        <source>Gift for points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give the gift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln point(s) to spend.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gift is in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %1 × %2 for %Ln point(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gift recorded: %Ln point(s) spent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The central server cannot be reached: %1 may spend up to %Ln point(s) offline.</source>
        <extracomment>%1 the member&apos;s name</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gift kept for the central server (pending sync): %Ln point(s) to spend.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::GiftReturnDialog</name>
    <message>
        <source>Return Gift Card Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>Columns of a gift card&apos;s charges</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole charge is paid back in money and the card is blocked. A charge whose value was partly spent cannot be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the charge to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay back %1 and block the card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This charge cannot be returned: some of the value it put on the card has already been spent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::GuildsTab</name>
    <message>
        <source>Guilds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::InventoryPage</name>
    <message>
        <source>&amp;Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock &amp;Count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a purchase receipt into this warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <extracomment>Before the warehouse chooser</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <extracomment>Side bar page title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove stock with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager adjusts stock by hand; a stock count corrects it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouse yet. A manager creates the warehouses of each branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <extracomment>The state of a stock level at or below its minimum</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is low on stock here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock in this warehouse yet. Record a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator %1</source>
        <extracomment>An operator whose name the viewer may not read; %1 is their number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product to see its movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements of %1 in %2</source>
        <extracomment>%1 is a product, %2 a warehouse</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Warehouse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Minimum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a warehouse to your branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock at or below which the selected product is marked low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager sets the low-stock minimums.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::IssueCardDialog</name>
    <message>
        <source>Issue Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <extracomment>Button: issue the card now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A card type in a list: its name and its kind, e.g. &quot;Gold club (Loyalty)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card type is active. A manager adds one under Card Types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank cards on hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a card type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card issued.
Number: %1</source>
        <extracomment>Shown after issuing a card; %1 is the new card number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Valid for %Ln month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs a PIN of %1 to %2 digits.</source>
        <extracomment>%1 and %2 are the fewest and most digits of a PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was not encoded, so its number was cancelled. Press Issue to try with a new number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::Labels</name>
    <message>
        <source>Loyalty</source>
        <extracomment>Card kind: a card that collects points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <extracomment>Card kind: a card that gives a fixed discount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <extracomment>Card kind: a prepaid gift card holding money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <extracomment>Card kind: a card that proves a product&apos;s warranty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal credit</source>
        <extracomment>Card kind: the store lends to the member (buy now, pay later)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installment</source>
        <extracomment>Card kind: purchases paid back in installments</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Card status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <extracomment>Card status
----------
Card history event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>Card status: a new card was issued in its place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stolen</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Why a card is blocked or replaced</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A card&apos;s block reason and the operator&apos;s note, e.g. &quot;Lost: left at the counter&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <extracomment>Card history event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocked</source>
        <extracomment>Card history event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by a new card</source>
        <extracomment>Card history event: this card was replaced by a new one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued as a replacement</source>
        <extracomment>Card history event: this card was issued in place of an old one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN set</source>
        <extracomment>Card history event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN changed</source>
        <extracomment>Card history event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <extracomment>Card history event: a wrong PIN was typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN locked</source>
        <extracomment>Card history event: too many wrong PINs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN unlocked</source>
        <extracomment>Card history event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; new card %2</source>
        <extracomment>Card history: why the card was replaced, then the new card&apos;s (masked) number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces %1; %2</source>
        <extracomment>Card history: the (masked) number of the card this one replaces, then why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln wrong try(s) in a row</source>
        <extracomment>Card history: how many wrong PINs in a row</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>White</source>
        <extracomment>Membership tier</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <extracomment>Membership tier</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <extracomment>Membership tier</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <extracomment>Membership tier</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <extracomment>Membership tier</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>Ledger transaction kind: points earned on a purchase</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points spent</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <extracomment>Ledger transaction kind: a manager&apos;s manual correction</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expired</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>Ledger transaction kind: points moved between family accounts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up bonus</source>
        <extracomment>Ledger transaction kind: points given for joining the club</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday gift</source>
        <extracomment>Ledger transaction kind</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <extracomment>Ledger transaction kind: points for bringing in a new member</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card charged</source>
        <extracomment>Ledger transaction kind: money put on a gift card</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card spent</source>
        <extracomment>Ledger transaction kind: money spent from a gift card</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not specified</source>
        <extracomment>Gender not given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting encoding</source>
        <extracomment>Card status: issued, waiting to be encoded and handed over</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <extracomment>Card status: encoding failed or was abandoned; the number is never used again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated from stock</source>
        <extracomment>Card history event: a pre-printed stock card was activated and became this member&apos;s card</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation</source>
        <extracomment>Ledger transaction kind: points given to a charity</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::LedgerHistoryModel</name>
    <message>
        <source>When</source>
        <extracomment>Column: date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <extracomment>Column: what kind of transaction (points earned, spent...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column: change of the stored value (gift money)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation to %1</source>
        <extracomment>Member history: points donated to the charity %1</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::LimitDialog</name>
    <message>
        <source>The member&apos;s own &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;card type&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Credit Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Columns of the limit history</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card type&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the limit changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <extracomment>Window title of the login dialog; %1 is the store&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::LotteriesPanel</name>
    <message>
        <source>Open</source>
        <extracomment>Lottery status: entries not frozen yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries frozen</source>
        <extracomment>Lottery status: entries frozen, not drawn yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <extracomment>Lottery status: the draw has run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>A winner&apos;s message: sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Lottery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze Entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otify Winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded when the entries are frozen</source>
        <extracomment>Shown where the seed will be once the entries are frozen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw again from the frozen entries and the seed, and compare with the winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the frozen entries as CSV, to re-run the draw elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period of days: first day – last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lottery, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one ticket per %1 points earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one ticket per %1 spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s) per purchase</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln ticket(s) per member</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets: %1.
Winners: %2. Prize for each: %3.</source>
        <extracomment>Rules of a lottery: %1 the ticket rules, %2 the number of winners, %3 the prize</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the entries now? Each member&apos;s tickets are counted from the period&apos;s sales as they are now and can never change afterwards; a seed for the draw is recorded and shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the draw now? It runs only once; the winners get their prizes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw is verified: drawn again from the frozen entries and the seed, it gives the same winners in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw does NOT match: drawn again from the frozen entries and the seed, it gives other winners. The entries or the winners were changed outside the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::LotteryDialog</name>
    <message>
        <source>New Lottery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cap</source>
        <extracomment>Maximum tickets per member: 0 means no cap</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gift</source>
        <extracomment>No gift as a lottery prize</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message</source>
        <extracomment>No message is sent to the lottery&apos;s winners</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ticket per &amp;points earned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ticket per &amp;amount spent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets per p&amp;urchase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Most tickets per member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Winners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prize p&amp;oints per winner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gift per winner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to &amp;winners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <extracomment>Status bar: the operator&apos;s full name and their role</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Main window title: the store&apos;s name, then the program&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card service off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reader ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card keys unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card keys locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberCardsPanel</name>
    <message>
        <source>I&amp;ssue Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member has no card yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberChartsPanel</name>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>Points the member earned in a month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points spent</source>
        <extracomment>Points the member paid with in a month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases by month, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned and spent by month, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberDialog</name>
    <message>
        <source>New Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Member — %1</source>
        <extracomment>Window title; %1 is the member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <extracomment>Shown in the referrer field when nobody referred the member</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier follows the points earned; it cannot be set by hand.</source>
        <extracomment>Tooltip of the member&apos;s tier in the member form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;SMS messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-&amp;mail messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <extracomment>Button: pick the member who referred this one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Button: remove the referrer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;obile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;rriage date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gro&amp;ups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet</source>
        <extracomment>In the member form when the store has no member groups yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who Referred This Member?</source>
        <extracomment>Window title of the member finder used for the referrer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Open that member?</source>
        <extracomment>%1 says which member already has this mobile or national code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already Registered</source>
        <extracomment>Title of the question asked when a mobile or national code is already registered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s language</source>
        <extracomment>The member&apos;s message language: none chosen, messages use the store&apos;s language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages &amp;written in:</source>
        <extracomment>Label of the language the member&apos;s SMS and e-mail messages are written in</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberFamilyPanel</name>
    <message>
        <source>&amp;Join a Family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;ve the Family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column: head of the family or member of it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the family</source>
        <extracomment>Family role of a member</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a family: the points are the member&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Whose Family?</source>
        <extracomment>Window title of the member finder used to join a family</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the family of %2?
The points of %1 move to the family account.</source>
        <extracomment>%1 is the member joining, %2 the head of the family</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of the family?
The family keeps its points; %1 starts with an empty account.</source>
        <extracomment>%1 is the member leaving the family</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) share one account and its points.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberPickerDialog</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, mobile, national code or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <extracomment>Button: take the selected member</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberSearchModel</name>
    <message>
        <source>Active</source>
        <extracomment>Member state in the search list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <extracomment>Membership tier (white, silver, gold...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column: whether the member is active</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberSuggestionsPanel</name>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <extracomment>Box on the member page: what to offer the member now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to suggest right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln point(s)</source>
        <extracomment>One line of the expiring points: %1 the date, then how many points expire that day</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <extracomment>When something happens, relative to today</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) expire on %1 (%2): suggest spending them.</source>
        <extracomment>%Ln points, %1 the date, %2 &quot;today&quot;, &quot;tomorrow&quot; or &quot;in 5 days&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday on %1 (%2): a purchase that day earns %Ln bonus point(s).</source>
        <extracomment>%1 the date, %2 &quot;today&quot; or &quot;in 5 days&quot;; %Ln the bonus points of the birthday rule</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday on %1 (%2).</source>
        <extracomment>%1 the date, %2 &quot;today&quot; or &quot;in 5 days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wedding anniversary on %1 (%2): a purchase that day earns %Ln bonus point(s).</source>
        <extracomment>Marriage anniversary. %1 the date, %2 &quot;today&quot; or &quot;in 5 days&quot;; %Ln the bonus points</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wedding anniversary on %1 (%2).</source>
        <extracomment>Marriage anniversary. %1 the date, %2 &quot;today&quot; or &quot;in 5 days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gift within reach: %1 for %Ln point(s) (%2 available).</source>
        <extracomment>%1 the gift&apos;s name; %Ln its price in points; %2 the member&apos;s spendable points</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more point(s) to earn the gift %1.</source>
        <extracomment>%Ln points still to earn; %1 the gift&apos;s name</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more in purchases to earn the gift %2.</source>
        <extracomment>%1 an amount of money still to spend; %2 the gift&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Usually buys %1 every %Ln day(s); last bought on %2: due again.</source>
        <extracomment>%1 a product; %Ln the usual number of days between purchases; %2 the last purchase&apos;s date</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points expiring in the next %Ln day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No points expire in the next %Ln day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberTierPanel</name>
    <message>
        <source>Upgraded</source>
        <extracomment>Tier history: the member moved up after a sale</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowered at the review</source>
        <extracomment>Tier history: the periodic review moved the member down</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept at the review</source>
        <extracomment>Tier history: the periodic review kept the member&apos;s tier</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spent</source>
        <extracomment>Tier history: %1 is the money spent in the tier window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) earned</source>
        <extracomment>Tier history: %Ln is the number of points earned in the tier window</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column: the tier before the change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <extracomment>Column: the tier after the change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on</source>
        <extracomment>Column: what the tier was decided on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s tier has not changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::MemberView</name>
    <message>
        <source>&amp;Back to Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available now:</source>
        <extracomment>Points that may be spent now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending:</source>
        <extracomment>Points earned but not yet spendable (return window)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value:</source>
        <extracomment>Gift card money on the account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;ansactions</source>
        <extracomment>Tab of the member view: the last ledger transactions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inactive)</source>
        <extracomment>Member state shown next to the name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) on %1</source>
        <extracomment>%Ln points expire on the date %1</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing expires</source>
        <extracomment>No points will expire</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1?</source>
        <extracomment>%1 is the member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1?
The member stays on record and can be reactivated later.</source>
        <extracomment>%1 is the member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the member&apos;s points balance on the receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is set up on this computer. Choose one on the Devices page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back goods from one of this member&apos;s sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ier History</source>
        <extracomment>Tab of the member view: the member&apos;s tier changes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <extracomment>Tab of the member view: charts of the member&apos;s last twelve months</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>groups</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record this member&apos;s answers to an open survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;onate Points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give some of the member&apos;s points to a charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warranties</source>
        <extracomment>Tab of the member view: warranties of items the member bought, with their service history</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <extracomment>An organisation the member belongs to, with their staff or student number there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>organisations</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::MembersPage</name>
    <message>
        <source>Show &amp;inactive members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, mobile, national code or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new member (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>Side bar page title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet. Register the first with New Member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the members of a saved segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members</source>
        <extracomment>Members page: no segment filter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln newest members are shown. Type a name, mobile or card number to find others.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln matches are shown. Type more to narrow the search.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::MerchantsTab</name>
    <message>
        <source>Points earned at one merchant may be &amp;spent at another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this store)</source>
        <extracomment>The home merchant: the store itself, in the merchants list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::MessagingPage</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging</source>
        <extracomment>Side bar page: messages to members (SMS, email, campaigns)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::MessagingSettingsPanel</name>
    <message>
        <source>Email (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <extracomment>SMTP over TLS from the first byte (usually port 465)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a server with its own certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kavenegar-style REST</source>
        <extracomment>SMS gateway presets: an Iranian provider&apos;s REST API shape</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS.ir-style JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (generic HTTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any 2xx</source>
        <extracomment>HTTP status 0 in the SMS settings: any 2xx answer counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success JSON field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the address and body, {to}, {to_local}, {message}, {sender} and {apikey} are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are written in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message went to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•••• (stored)</source>
        <extracomment>In an empty password field: a password is saved but never shown; typing replaces it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::NetworkItemDialog</name>
    <message>
        <source>New guild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit guild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a guild)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guild:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep points here: do not take other merchants&apos; points and do not let these be spent elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::NetworkListTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? It stays in the history and can be activated again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guilds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settlement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::NewStockBatchDialog</name>
    <message>
        <source>New Card Batch</source>
        <extracomment>Dialog title: make a batch of pre-printed cards that belong to no member yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A card type in a list: %1 its name, %2 its kind (loyalty, discount, gift)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <extracomment>How many cards the batch makes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift &amp;value:</source>
        <extracomment>Money a gift card carries, given to the member when the card is activated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the gift value in digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making %1 cards…</source>
        <extracomment>Progress while a batch of cards is made; %1 is how many</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <extracomment>Who pays for a gift card&apos;s preloaded value: the customer who gets the card (money taken)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion, given by the club</source>
        <extracomment>Who pays for a gift card&apos;s preloaded value: the club gives it away, booked as a promotion cost</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value &amp;paid by:</source>
        <extracomment>Label of the choice: whether the customer pays for the gift value or the club gives it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::OccasionsPanel</name>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marriage anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points about to expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <extracomment>Columns of the occasion messages list. &quot;Tries&quot;: how many times sending was tried; &quot;Next try&quot;: when a failed one is tried again by itself</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save occasions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion messages go out once a day, with the daily jobs, and never twice for the same occasion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;failed messages only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the chosen failed message again now. Failed messages are also tried again by themselves a few times, waiting longer each time.</source>
        <extracomment>Tooltip of the Retry now button of the occasion messages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message failed again; the reason is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorDialog</name>
    <message>
        <source>Edit Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;May log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <extracomment>In the &quot;Locked out&quot; column: too many wrong passwords</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: whether the operator may log in</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::OperatorsPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrgImportDialog</name>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check (Dry Run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol the People of %1</source>
        <extracomment>%1 is an organisation&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Columns of the dry run&apos;s report: the spreadsheet&apos;s row number, the person, what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file (in Excel: Save As, &quot;CSV UTF-8&quot; or &quot;CSV&quot;). Nothing is saved until you import, and the import saves every row or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to be a list of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2: %3 rows.</source>
        <extracomment>%1 text encoding (UTF-8, Windows-1256), %2 comma/semicolon/tab, %3 number of rows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln people into the organisation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows can be imported. Press Import to save them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows have errors (in red below). Correct the file and check again: nothing is imported while any row has an error.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrgStatementDialog</name>
    <message>
        <source>Statement to %1</source>
        <extracomment>%1 is an organisation&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Columns of an organisation&apos;s monthly statement</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The last line of a statement</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 month name, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases %1, returns %2: the organisation owes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrganisationDialog</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union</source>
        <extracomment>A trade union or guild of workers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrganisationsPage</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::OrganisationsPanel</name>
    <message>
        <source>Show &amp;deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;Credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Columns of the organisations list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <extracomment>Columns of an organisation&apos;s members</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol many people at once from a CSV file exported from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff or student number of %1 at %2 (may be empty):</source>
        <extracomment>%1 member, %2 organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Membership</source>
        <extracomment>%1 member, %2 organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer belongs to %2? Organisation discounts and credit end today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::OutboxConflictsDialog</name>
    <message>
        <source>Show &amp;settled ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle a refused sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (for example: the customer paid the difference):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <extracomment>A gift given for points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sales, returns, gifts, gift card charges and point purchases were made while the central server could not be reached, and the server refused them when they were sent. Settle each with the customer, then write down what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <extracomment>A member registered at this desk, sent to the central server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card</source>
        <extracomment>A card issued at this desk, sent to the central server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card unblocked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::PasswordDialog</name>
    <message>
        <source>New Password for %1</source>
        <extracomment>%1 is the operator&apos;s full name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator logs in with this password from now on. Setting it also lifts a lock-out after too many wrong passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::PaymentDialog</name>
    <message>
        <source>Take Payment from %1</source>
        <extracomment>Dialog title; %1 is the member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment goes to the oldest unpaid installment first, then to the debt that is not in a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In installments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member owes only %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a payment of %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::PinDialog</name>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <extracomment>Window title: a manager replaces a forgotten PIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <extracomment>%1 is a card number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old PIN stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::PlanDialog</name>
    <message>
        <source>Open Installment Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount</source>
        <extracomment>What an installment plan is over</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 of %2: %3 on credit</source>
        <extracomment>A credit sale in a list: %1 receipt number, %2 date, %3 amount on credit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Columns of an installment schedule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed outside plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Installments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount and the first due date to see the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to put in installments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln installment(s), %1 in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %1 in %Ln installment(s), the first due on %2?</source>
        <extracomment>%1 amount, %Ln number of installments, %2 first due date</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::PriceDialog</name>
    <message>
        <source>New Price for %1</source>
        <extracomment>Dialog title; %1 is the product&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new price closes the current period of the same branch on that day. Past prices are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the day the price starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::PricePanel</name>
    <message>
        <source>New Price from &amp;Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product to see its prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices of %1</source>
        <extracomment>Above the price chart; %1 is the product&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(open)</source>
        <extracomment>An open price period has no end yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product has no price yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::ProductDialog</name>
    <message>
        <source> / </source>
        <extracomment>Separates a product group from its parent group: &quot;Drinks / Tea&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered as a &amp;gift for</source>
        <extracomment>Check box in the product dialog; a number of points follows it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>piece, kg, box…</source>
        <extracomment>Placeholder: the unit a product is sold in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No product group chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <extracomment>After &quot;Offered as a gift for [N]&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Persian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;Arabic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per &amp;unit sold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReceiptOutput</name>
    <message>
        <source>Customer club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can read this, the receipt printer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <extracomment>A masked card number: only its last four digits are printed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next expiry</source>
        <extracomment>%Ln points expire on the date %1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for being a member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::RegisterWarrantyDialog</name>
    <message>
        <source>Register Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the months</source>
        <extracomment>Warranty period spin box at 0: the product has no default period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <extracomment>Unit after the warranty period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale &amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 of %2, %3.</source>
        <extracomment>%1 receipt number, %2 date and time, %3 the member&apos;s name (or &quot;walk-in customer&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A sale line in the warranty dialog: product name × quantity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the sale first: enter its receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReplaceCardDialog</name>
    <message>
        <source>Replace Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <extracomment>Placeholder of the note when a card is replaced or blocked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old card stops working at once. The new card keeps the same points and balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <extracomment>Button: replace the card now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace card %1 of %2?
The old card stops working and a new number is issued.</source>
        <extracomment>%1 is the card number, %2 the member&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card replaced.
New number: %1</source>
        <extracomment>Shown after replacing a card; %1 is the new card number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new card was not encoded, so the old card still works. Press Replace to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReportTableModel</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A report&apos;s month: %1 the month&apos;s name, %2 the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReportsPage</name>
    <message>
        <source>All</source>
        <extracomment>A report filter that keeps everything</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <extracomment>How a report groups its rows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <extracomment>How a report groups its rows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product gro&amp;up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <extracomment>A report&apos;s date range: %1 first day, %2 last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A report filter in the printout: %1 what, %2 the chosen value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report for these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::RestoreDialog</name>
    <message>
        <source>Read the Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current data with this backup (the current data is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1. It holds %2 members, %3 cards, %4 ledger entries and %5 sales.</source>
        <extracomment>what a backup holds; %1 date and time, %2..%5 counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was checked and is ready. Close the program and start it again: the restored data is put in place then, and the current data is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return the items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number printed on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 of %2, %3: %4 paid, %5 points earned.</source>
        <extracomment>%1 receipt number, %2 date and time, %3 customer, %4 amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %1 back to the customer and %Ln earned point(s) taken back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose how many of each item come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the chosen items and pay back the customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return recorded. Pay back %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back onto the stored value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off what the member owes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln earned point(s) taken back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln redeemed point(s) given back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) had already been spent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kept from the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member now owes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return had already been recorded; nothing more was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending sync — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return kept for the central server (pending sync). Pay back about %1.</source>
        <extracomment>%1 the refund as this desk works it out; the central server records the return later</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::Role</name>
    <message>
        <source>Administrator</source>
        <extracomment>An operator role: may do everything, including managing operators</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <extracomment>An operator role: runs the store</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <extracomment>An operator role: works at the counter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountant</source>
        <extracomment>An operator role: handles debts and reports</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleDialog</name>
    <message>
        <source>New Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Rule — %1</source>
        <extracomment>Window title; %1 is the rule&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <extracomment>Suffix-like placeholder of the percentage field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>Threshold counted in points earned</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <extracomment>Threshold counted in money paid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent&amp;age off (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount off each &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every &amp;amount paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;unding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold &amp;counts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gift:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <extracomment>The last day a rule is in force; empty means no end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>Between the start and the end of the hour window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier &amp;multipliers (earn rules; empty = ×1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most per member per &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most per member in &amp;all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller numbers run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclusive: no later rule of its type applies to the same item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>No product, group, card type or tier chosen yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a percentage between %1 and %2, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a multiplier such as %1, between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing checked: at every merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in these guil&amp;ds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only at these merc&amp;hants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only members of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleModel</name>
    <message>
        <source>from %1</source>
        <extracomment>Validity of a rule with no end; %1 is its first day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>Validity of a rule; %1 first day, %2 last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>A rule (version) no longer in force</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts later</source>
        <extracomment>A rule (version) that starts later</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>A rule (version) in force now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: earn points or discount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <extracomment>Column: what the rule does, in words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleText</name>
    <message>
        <source>Earn points</source>
        <extracomment>Rule family: rules that give points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per amount paid in a product group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per unit of a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding anniversary bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome bonus on the first purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral bonus to the referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift every time a threshold is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holders of a card type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of a tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed amount off each unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage off and points on the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round down</source>
        <extracomment>Rounding of fractional points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round to the nearest</source>
        <extracomment>Rounding of fractional points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round up</source>
        <extracomment>Rounding of fractional points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Discount rule in the list: %1 whom or what it targets, %2 how much it takes off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points for the amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points for the amount paid in the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points for each unit of the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage off and points on the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wedding anniversary bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold gift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::RuleTryPanel</name>
    <message>
        <source>Try It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is the member&apos;s &amp;birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s &amp;tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a member with no purchases yet, through the rules in force now. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a product to the catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cut by the daily limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cut by the limit per member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2, discount %3, points %4</source>
        <extracomment>One reason in the preview: %1 rule name, %2 what it did, %3 discount, %4 points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2, points %3</source>
        <extracomment>One bonus in the preview: %1 rule name, %2 what it is, %3 points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>tier</comment>
        <extracomment>No tier: the preview&apos;s member has none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>card type</comment>
        <extracomment>No card presented in the preview</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::RulesPage</name>
    <message>
        <source>Show &amp;ended rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <extracomment>Makes a new version of the selected rule from a chosen day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions of the selected rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <extracomment>Side bar page title: earn and discount rules</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules yet. Create the first with New Rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the rule “%1” now? Sales from now on no longer use it; the points it already gave stay, and its versions stay in the history.</source>
        <extracomment>%1 is the rule&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::SaleReceipts</name>
    <message>
        <source>…%1</source>
        <extracomment>A masked card number: only its last four digits are printed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>A receipt line: product name × quantity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paid with %Ln point(s)</source>
        <extracomment>%Ln points redeemed</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paid from stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the credit owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned points taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points already spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept from the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed by the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending sync</source>
        <extracomment>On a receipt: the central server has not recorded this sale yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::SaleWords</name>
    <message>
        <source>Rule “%1” gives a percentage discount of %2.</source>
        <extracomment>%1 the rule&apos;s name, %2 an amount of money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1” takes a fixed %2 off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” gives a discount of %2 and %Ln point(s).</source>
        <extracomment>A rule that gives part of its reward as a discount and part as points</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” earns %Ln point(s) for the amount paid.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” earns %Ln point(s) for buying from this product group.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” earns %Ln point(s) for each unit of this product.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule “%1” gives a discount of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” gives %Ln point(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(Cut to the rule&apos;s daily limit.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Cut to the rule&apos;s limit per member.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Happy birthday: rule “%1” adds %Ln point(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wedding anniversary: rule “%1” adds %Ln point(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Welcome bonus: rule “%1” adds %Ln point(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First purchase of a referred member: rule “%1” gives the referrer %Ln point(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” gives %Ln gift(s) for reaching its threshold.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” adds %Ln point(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Points already spent were taken from the member&apos;s other points; what they could not cover is owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of points already spent is owed by the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of points already spent was kept from the refund.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::SalesDeskPage</name>
    <message>
        <source>Card number or mobile, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer without a card (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a code or barcode, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change qty… (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem points (F8):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From stored value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to earn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return… (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift… (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card or member has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several members match. Type the whole mobile number or the card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is blocked and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not active and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 points available</source>
        <extracomment>%1 the member and card, %2 their points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the code or barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several products match %1. Scan the barcode or type the whole code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <extracomment>What the member can still use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <extracomment>The money a number of points is worth</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points for a walk-in customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s), available from %1</source>
        <extracomment>%Ln points, %1 the date they can be spent</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule applies to this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer types the card&apos;s PIN to spend points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale recorded, receipt %1. Paid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) earned, available from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) earned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the basket and start a new sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift is for a member: present the card or type the mobile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to suggest for this member today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: the sale is kept and will be sent later (pending sync). Paid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty… (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the warranty of an item of the sale just made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty registered for serial number %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::SalesSettingsSection</name>
    <message>
        <source>Sales and Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Sales Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days, e.g. &quot;7 days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take them from the member&apos;s other points; what is missing is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member owes their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their value from the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the month, after a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of the year, after a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Earned points never expire</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Buying points: a price of 0 turns it off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redeemed point &amp;pays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return window (earned points wait):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return takes back points already &amp;spent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff may &amp;refund up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points &amp;expire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points &amp;lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of one point &amp;bought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Asia/Tehran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::ScheduledBackups</name>
    <message>
        <source>Backups are not set up (Settings → Backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last good backup is more than a day old (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::SegmentsPanel</name>
    <message>
        <source>Any</source>
        <extracomment>A filter condition that is not used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can receive SMS (has a mobile, did not opt out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can receive email (has an address, did not opt out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days in a spin box; keep the leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a card of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase in the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought within the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday within the next:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expiring within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) in this segment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::ServerSettingsSection</name>
    <message>
        <source>Central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused sales…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a central server, sales, balances and points are shared by every branch. Leave the address empty to work on this computer&apos;s store only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ter&amp;minal id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points a card may spend &amp;offline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value and credit a card may spend o&amp;ffline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; type a new one to replace it</source>
        <extracomment>The terminal secret is saved and not shown again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the central server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln record(s) received</source>
        <extracomment>While syncing: records received from the central server so far</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <extracomment>%1 date and time of the last complete sync with the central server</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::SettingsPage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that every transaction balances and that every balance and points lot matches its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program will appear in %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 transactions, %2 accounts and %3 points lots.</source>
        <extracomment>%1 transactions, %2 accounts and %3 points lots were checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found. Keep this list and contact support.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::SettlementTab</name>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between merchants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points crossed between merchants in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled yet. The totals of all merchants net to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the payment that settles %1 to %2 between all merchants? It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::SetupWizard</name>
    <message>
        <source>Set up Customer Club Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <extracomment>Wizard button. In Persian and Arabic put the &amp; before a word&apos;s first letter.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>Wizard button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <extracomment>Wizard button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Wizard button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has not been set up yet. A few questions, and it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the program. Persian shows dates in the Jalali calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s name appears on screens and receipts. Each branch has a short code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator may do everything, including adding the other operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish creates the store. You will be logged in as the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data fills the store with made-up members, cards and a few months of points history, to try the program out. Leave it off for a real store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %Ln characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the store&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Load &amp;demo data (about %Ln member(s))</source>
        <extracomment>%Ln is a number of members, in the language&apos;s digits</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockActivationDialog</name>
    <message>
        <source>An &amp;existing member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate Card</source>
        <extracomment>Dialog title: a pre-printed card is used for the first time and registered to a member</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 (%2) is used for the first time. Choose who it belongs to; it is activated for that member.</source>
        <extracomment>%1 is the card number, %2 the card type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries a gift value of %1, which the member can spend once it is activated.</source>
        <extracomment>%1 is an amount of money</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, mobile or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <extracomment>Button: bind the card to the chosen member and activate it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockEncodeDialog</name>
    <message>
        <source>Encode Card Batch</source>
        <extracomment>Dialog title: write the chips or stripes of a batch of pre-printed cards</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>State of a card in a batch being encoded: not started yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card of this batch in stock is already encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) to encode. Press Start.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>Button: begin encoding the cards of the batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip Card</source>
        <extracomment>Button: leave this card unwritten (it stays in stock) and go on with the next</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) encoded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding</source>
        <extracomment>State of a card in a batch: being written now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 of %2 (%3): %4</source>
        <extracomment>%1 is the position in the batch, %2 the number of cards, %3 the card number, %4 what to do now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded</source>
        <extracomment>State of a card in a batch: written and checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>State of a card in a batch: left unwritten, still in stock</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is done. Take it off the reader.</source>
        <extracomment>%1 is the position of the finished card in the batch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase the Card</source>
        <extracomment>Button: wipe a half-written card of ours so that it can be written again</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockMoveDialog</name>
    <message>
        <source>Purchase Receipt into %1</source>
        <extracomment>Dialog titles; %1 is the warehouse</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust Stock in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the stock</source>
        <extracomment>An adjustment that adds units found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the stock</source>
        <extracomment>An adjustment that removes units lost or broken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier invoice, delivery note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken, expired, found on the shelf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a quantity above zero: whole units, no minus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the warehouse that receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the stock is adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockRangeDialog</name>
    <message>
        <source>Distribute Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 (%2): cards %3 to %4.</source>
        <extracomment>%1 the batch number, %2 the card type, %3 and %4 the first and last card numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the first and the last position of a range of cards: &quot;1 to 50&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <extracomment>Which cards of the batch, by their position in it (1 = the first card)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch (an event or organisation)</source>
        <extracomment>In the list of branches that can receive cards: the cards stay at their branch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event or organisation:</source>
        <extracomment>Who receives the cards: an event or organisation, in words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block Cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::StockSettingDialog</name>
    <message>
        <source>New Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop floor, back store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse belongs to your branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum of %1 in %2</source>
        <extracomment>%1 is a product, %2 a warehouse</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product is marked low when its stock is at or below this number. Leave it empty or zero to remove the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the minimum in whole units, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::StoreMoveDialog</name>
    <message>
        <source>A move into this database was interrupted; it will go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database is empty; its tables will be made first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 rows in %Ln table(s) will be moved.</source>
        <extracomment>%1 rows, %Ln tables</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing stands in the way. Nothing was written anywhere by this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move cannot start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Central Server</source>
        <extracomment>%1 the database, as server/name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies this shop&apos;s whole store (members, cards, the ledger, sales, stock…) into an empty central PostgreSQL database, then compares both sides. This desk&apos;s data stays as it is. Do not sell on this desk until the move has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database server and the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this shop&apos;s store into %1? Do not sell on this desk until the move has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the move first; it will go on where it stopped next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect This Desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is in the central database. Next, connect this desk to the central server under Settings → Central server (Connect This Desk), with the server&apos;s address and this desk&apos;s terminal credentials (clubserver --create-terminal).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::SurveyAnswerDialog</name>
    <message>
        <source>Survey for %1</source>
        <extracomment>Window title: answering a survey for the named member</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Survey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5</source>
        <extracomment>A rating not given yet (the box shows this until 1 to 5 is typed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 1 (poor) to 5 (excellent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open survey this member has not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::SurveyDialog</name>
    <message>
        <source>New Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;rating question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;text question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (included):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points for answering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating 1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::SurveysPanel</name>
    <message>
        <source>&amp;New Survey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer for Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <extracomment>Chart title: how many members gave each rating, 1 to 5</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file: a header row, then per member the mobile number (or #member number) and one column per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period of days: first day – last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a survey, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) answered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>An import row that was refused: %1 the row number in the file, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::SyncStatusButton</name>
    <message>
        <source>Online</source>
        <extracomment>Status bar: the central server answers and nothing waits to be sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending sync</source>
        <extracomment>Status bar: sales kept on this desk until the central server has them</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline, %Ln pending sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln conflict(s)</source>
        <extracomment>Status bar: %1 the connection state; then sales the server refused, for a manager</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Last sync: %2</source>
        <extracomment>Status bar tooltip: %1 the server&apos;s address, %2 date and time of the last complete sync</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::TemplatesPanel</name>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <extracomment>The subject line of an email</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::TiersPage</name>
    <message>
        <source>&amp;Add Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points earned</source>
        <extracomment>What a tier is earned with</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount spent</source>
        <extracomment>What a tier is earned with</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers are &amp;earned with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted over the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier holds at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tiers, lowest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <extracomment>Side bar page title: membership tier programmes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a card type first: each card type has its own tier programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card type has no tier programme yet. Add its tiers and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the threshold of %1 as a whole number.</source>
        <extracomment>%1 is the tier&apos;s key</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionDetailPane</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a transaction to see its entries and the reasons behind its points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <extracomment>Detail heading: %1 the kind (Sale...), %2 the transaction&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 by %3</source>
        <extracomment>%1 date and time, %2 branch, %3 operator</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt no. %1</source>
        <extracomment>The sale a transaction belongs to: %1 its receipt number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids transaction no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by transaction no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>A transaction&apos;s note: the reason of a void or an adjustment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <extracomment>The unit of a ledger entry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1, never expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionListModel</name>
    <message>
        <source>Voided by %1</source>
        <extracomment>A transaction&apos;s state: reversed by a void (%1: the void&apos;s number)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids %1</source>
        <extracomment>A void&apos;s state: %1 the number of the transaction it reversed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>Column: the transaction&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column: date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Column: what kind of transaction (sale, return...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>Column: the points the transaction moved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <extracomment>Column: the money the transaction moved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column: voided or not</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionWords</name>
    <message>
        <source>Sale</source>
        <extracomment>Ledger transaction kind: a sale at the desk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <extracomment>Ledger transaction kind: items of a sale brought back</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift redeemed</source>
        <extracomment>Ledger transaction kind: a gift taken for points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <extracomment>Ledger transaction kind: the reversal of a transaction of the same day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card sold</source>
        <extracomment>Ledger transaction kind: money paid onto a gift card at the counter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card charge returned</source>
        <extracomment>Ledger transaction kind: a gift card charge paid back</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit repayment</source>
        <extracomment>Ledger transaction kind: a member paying back credit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points bought</source>
        <extracomment>Ledger transaction kind: a member buying points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent points taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income from points sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift cards sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit given to members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash and bank card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotional gift card value</source>
        <extracomment>Ledger transaction kind: gift card value given by the club as a promotion (a pre-printed card)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::TransactionsPage</name>
    <message>
        <source>All</source>
        <extracomment>A transactions filter that keeps everything</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the member by name, mobile or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <extracomment>The unit an amount filter is in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <extracomment>The unit an amount filter is in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <extracomment>Smallest amount a listed transaction moved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Largest amount a listed transaction moved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <extracomment>The side bar page listing every journal transaction</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card has this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest transactions; scroll for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any member…</source>
        <extracomment>The member filter when no member is chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void Transaction</source>
        <extracomment>%1 the kind (Sale...), %2 the transaction&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the void of %1 no. %2 now? It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction no. %1 was voided by transaction no. %2.</source>
        <extracomment>%1 the voided transaction&apos;s number, %2 the void&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::VoidDialog</name>
    <message>
        <source>Void Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void %1 no. %2 of %3? A reversing transaction is posted: points, money and stock go back to what they were before it. Nothing is edited or deleted.</source>
        <extracomment>%1 the kind (Sale...), %2 the transaction&apos;s number, %3 its date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is voided (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <extracomment>The button that posts the void</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyEventDialog</name>
    <message>
        <source>Service Event: %1 %2</source>
        <extracomment>Dialog title; %1 product name, %2 serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyPage</name>
    <message>
        <source>&amp;Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Unit after the number of days of the expiring list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ending Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found for “%1”</source>
        <extracomment>Heading of the warranty list: what was searched for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranties of a Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranties on card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Warranties ending within %Ln day(s)</source>
        <extracomment>Heading of the warranty list</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyPanel</name>
    <message>
        <source>&amp;Log Service Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <extracomment>Column: the date the warranty ends</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warranties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, serial %2: %3. From %4 to %5 (%Ln month(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Club::Ui::WarrantyWords</name>
    <message>
        <source>Active</source>
        <extracomment>Warranty status: within its period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Warranty status: its period has ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <extracomment>Warranty status: the item is at the workshop</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <extracomment>Warranty status: the item was replaced, the warranty is closed
----------
Warranty service event: the customer got a new item instead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received for service</source>
        <extracomment>Warranty service event: the item was brought in for service</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed</source>
        <extracomment>Warranty service event: the fault was found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired</source>
        <extracomment>Warranty service event</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to customer</source>
        <extracomment>Warranty service event: the item was handed back to the customer</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditSql</name>
    <message>
        <source>The gift card charge was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message>
        <source>The database server checks its own files; that part was not checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The data file is damaged (%Ln finding(s)). Restore the latest good backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 transactions, %2 accounts and %3 points lots were checked.</source>
        <extracomment>%1 transactions, %2 accounts, %3 points lots</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger is in order: every transaction balances and every balance equals its entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ledger has %Ln problem(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stock agrees with its movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stock disagrees with its movements in %Ln place(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Product %1 in warehouse %2 shows %3 in stock, but its movements add up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this report and contact support before you go on selling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data file %1 could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server could not be reached. Check the server address, the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is in use by another program. Close the other copy of Customer Club Manager and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is damaged or is not a Customer Club Manager store. It was left untouched; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file could not be prepared for use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Demo data can only be loaded into a store without members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo members must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The demo history must cover 1 to %Ln months.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data files are damaged. Reinstall the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point per 10,000 rials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10% off snacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataRunner</name>
    <message>
        <source>Creating the demo club: members, cards and their points history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonationSql</name>
    <message>
        <source>That charity was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementSql</name>
    <message>
        <source>This lottery no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This survey no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyVault</name>
    <message>
        <source>A key passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card keys could not be secured. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card keys have been created for this club yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored card key %1 is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The card keys are locked for %Ln minute(s) after too many wrong passphrases.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the card keys first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a card key export of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card keys were changed meanwhile. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 key versions have been used. The card keys cannot be rotated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card keys already exist. To start a new key version, use New key version on the Devices page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key version %1 in this file is not the same key as this club&apos;s key version %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerStore</name>
    <message>
        <source>The member account was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points changed during this operation. Nothing was posted; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance does not cover this. Nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough points: %1 can be used now and %2 are needed. Nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stored value: the balance is %1 and %2 is needed. Nothing was posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagingSql</name>
    <message>
        <source>The message template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message>
        <source>The member does not want SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has no mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member does not want email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has no email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>This database holds other data and is not a Customer Club Manager store. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file was made by a newer version of Customer Club Manager (schema %1; this version knows up to %2). Please update the program. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database upgrade step is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be upgraded (step %1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationService</name>
    <message>
        <source>The organisation was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <source>Nothing to report for these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <extracomment>At the foot of a printed report; %1 date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSql</name>
    <message>
        <source>The report was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleEngine</name>
    <message>
        <source>Enter a name for the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one weekday for the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the start and the end of the hour window, between 00:00 and 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hour window is empty: its start and end are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in a rule cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of points is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier multiplier must name a tier and lie between ×0 and ×100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount of zero would give points for nothing; enter the amount that earns the points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule gives no points; enter the points earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product group the rule applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product the rule applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A threshold of zero would give gifts for nothing; enter the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the gift the threshold gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the card type the discount applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tier the discount applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage discount must lie between 0.01% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the discount amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose each guild the rule is limited to once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose each merchant the rule is limited to once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSql</name>
    <message>
        <source>The sale was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file that protects saved passwords cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file that protects saved passwords is damaged. Enter the passwords again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file that protects saved passwords is missing. Enter the passwords again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file that protects saved passwords cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved password is damaged. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved password cannot be opened with this computer&apos;s key. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsGateway</name>
    <message>
        <source>Set the SMS gateway in the messaging settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member has no mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway address is not a valid http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway refused the message (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway did not confirm the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS gateway %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpMailer</name>
    <message>
        <source>Set the email server (SMTP) in the messaging settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s email address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email could not be started on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email server %1 could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email server %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email server refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the email server could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email server refused the address %1 (reply %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The record was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store is busy with another operation. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store could not complete the operation. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreMove</name>
    <message>
        <source>The move was stopped. Start it again to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 rows in %Ln table(s) are in the central database.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Both sides hold the same rows; %1 account balances and %2 points lots are identical.</source>
        <extracomment>%1 ledger accounts, %2 points lots</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sides differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk recorded changes after the move began; they are not in the central database: %1. Empty the central database and move again, with no sales on this desk meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move could not write its notes beside the data file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk already works on a central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s data does not pass its check; it is not moved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database was made by a newer version of the program. Update this program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database was made by an older version of the program. Start the central server of this version once (it brings its database up to date), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tables refer to each other in a loop and cannot be moved in order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another store has already been moved into this central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database has no column %1 in %2; it was made for another version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central database already holds data (%1 rows in %2). Move into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of this desk&apos;s data does not pass its check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of this desk&apos;s data made for the move is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s data could not be read for the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows here, %3 in the central database</source>
        <extracomment>%1 table, %2 rows here, %3 rows in the central database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: %3 differs</source>
        <extracomment>%1 table, %2 row id, %3 column</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreMoveSql</name>
    <message>
        <source>The data file holds a table or column the program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 could not be written to the central database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move&apos;s record in the central database is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>The message uses {%1}, which is not a known placeholder. Known ones: %2.</source>
        <extracomment>{%1} is a placeholder name as the user typed it, e.g. {birthday}</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The operation was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionSql</name>
    <message>
        <source>The transaction was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarrantySql</name>
    <message>
        <source>That sale line was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That warranty was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
