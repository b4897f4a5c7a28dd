<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
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
        <source>The password must have at least %n characters.</source>
        <translation type="unfinished">
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
    <name>Transaction</name>
    <message>
        <source>The operation was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
