; SPDX-FileCopyrightText: 2026 Customer Club Manager developers
; SPDX-License-Identifier: GPL-3.0-or-later
; Windows installer for Customer Club Manager (NSIS 3, Unicode; this file is UTF-8 with BOM).
; Built on a Windows build machine, see README "Windows installer":
;   makensis /DSTAGE=<folder with clubmanager.exe after windeployqt>
;            /DVCREDIST=<path of vc_redist.x64.exe> /DICON=<build>\icons\clubmanager.ico
;            /DVERSION=0.1.0 installer\windows\clubmanager.nsi
; Installs for all users into Program Files, adds Start-menu and desktop shortcuts named in
; the installer's language (Persian first), installs the Visual C++ runtime when missing,
; and registers an uninstaller. The store (%APPDATA%\CustomerClubManager) is never removed.

Unicode true
!include "MUI2.nsh"
!include "x64.nsh"
!include "LogicLib.nsh"

!ifndef STAGE
  !error "Give /DSTAGE=<folder with clubmanager.exe and windeployqt's output>"
!endif
!ifndef VCREDIST
  !error "Give /DVCREDIST=<path of vc_redist.x64.exe from the Visual Studio used to build>"
!endif
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "clubmanager-${VERSION}-setup.exe"
!endif

!define APPKEY "CustomerClubManager"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"

Name "Customer Club Manager"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Customer Club Manager"
InstallDirRegKey HKLM "Software\${APPKEY}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Customer Club Manager"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Customer Club Manager setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\clubmanager.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default: Persian, then Arabic, then English.
!insertmacro MUI_LANGUAGE "Farsi"
!insertmacro MUI_LANGUAGE "Arabic"
!insertmacro MUI_LANGUAGE "English"

LangString AppName ${LANG_FARSI} "مدیریت باشگاه مشتریان"
LangString AppName ${LANG_ARABIC} "مدير نادي العملاء"
LangString AppName ${LANG_ENGLISH} "Customer Club Manager"
LangString UninstallName ${LANG_FARSI} "حذف مدیریت باشگاه مشتریان"
LangString UninstallName ${LANG_ARABIC} "إزالة مدير نادي العملاء"
LangString UninstallName ${LANG_ENGLISH} "Uninstall Customer Club Manager"
LangString Needs64 ${LANG_FARSI} "این برنامه به ویندوز ۶۴ بیتی نیاز دارد."
LangString Needs64 ${LANG_ARABIC} "يحتاج هذا البرنامج إلى ويندوز 64 بت."
LangString Needs64 ${LANG_ENGLISH} "This program needs 64-bit Windows."
LangString VcFailed ${LANG_FARSI} "نصب Visual C++ Runtime انجام نشد (کد $0). برنامه ممکن است اجرا نشود."
LangString VcFailed ${LANG_ARABIC} "لم يكتمل تثبيت Visual C++ Runtime (الرمز $0). قد لا يعمل البرنامج."
LangString VcFailed ${LANG_ENGLISH} "The Visual C++ runtime was not installed (code $0). The program may not start."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64)"
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Customer Club Manager" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; clubmanager.exe, Qt's DLLs and plugins (windeployqt), translations\ with our .qm files
  ; and Qt's own, libsodium and OpenSSL's libcrypto DLLs.
  File /r "${STAGE}\*.*"

  ; The Visual C++ runtime, unless this or a newer one is there already.
  ReadRegDWORD $1 HKLM "SOFTWARE\Microsoft\VisualStudio\14.0\VC\Runtimes\x64" "Installed"
  ${If} $1 != 1
    SetOutPath "$PLUGINSDIR"
    File "/oname=vc_redist.x64.exe" "${VCREDIST}"
    ExecWait '"$PLUGINSDIR\vc_redist.x64.exe" /install /quiet /norestart' $0
    ; 0 done, 1638 a newer one is installed, 3010 done but needs a restart
    ${If} $0 != 0
    ${AndIf} $0 != 1638
    ${AndIf} $0 != 3010
      MessageBox MB_OK|MB_ICONEXCLAMATION "$(VcFailed)"
    ${EndIf}
    SetOutPath "$INSTDIR"
  ${EndIf}

  ; For all users: the Start menu and the desktop.
  SetShellVarContext all
  CreateDirectory "$SMPROGRAMS\$(AppName)"
  CreateShortcut "$SMPROGRAMS\$(AppName)\$(AppName).lnk" "$INSTDIR\clubmanager.exe"
  CreateShortcut "$SMPROGRAMS\$(AppName)\$(UninstallName).lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\$(AppName).lnk" "$INSTDIR\clubmanager.exe"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\${APPKEY}" "InstallDir" "$INSTDIR"
  ; The shortcuts' names depend on the language chosen: remember it for the uninstaller.
  WriteRegStr HKLM "Software\${APPKEY}" "StartMenuFolder" "$(AppName)"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "$(AppName)"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "Customer Club Manager developers"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\clubmanager.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  ReadRegStr $0 HKLM "Software\${APPKEY}" "StartMenuFolder"
  ${If} $0 != ""
    Delete "$SMPROGRAMS\$0\*.lnk"
    RMDir "$SMPROGRAMS\$0"
    Delete "$DESKTOP\$0.lnk"
  ${EndIf}
  ; Only the program's folder. The stores and settings in each user's %APPDATA% stay:
  ; they are the club's data.
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
  DeleteRegKey HKLM "Software\${APPKEY}"
SectionEnd
