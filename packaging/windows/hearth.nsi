; Hearth's Windows installer: NSIS 3 with Modern UI 2, installed per user
; (no administrator rights) into %LOCALAPPDATA%\Programs\Hearth.
;
; Built by make_installer.py, which passes the defines:
;   makensis -DVERSION=0.1.0 -DPAYLOAD_DIR=<frozen app folder> \
;            -DOUTFILE=<...\Hearth-Setup-0.1.0.exe> -DICON=<hearth.ico> hearth.nsi
; (optional: -DVERSION_QUAD=0.1.0.0 for the file properties, -DPUBLISHER=...)
;
; The payload is PyInstaller's one-folder app: hearth.exe and _internal\. The
; uninstaller removes exactly those (plus what this script adds), never the whole
; folder, so a folder the user picked by mistake (Documents, C:\) loses nothing else.
; Keep this file ASCII: makensis reads it in the build machine's code page.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !error "Pass -DVERSION=<version>"
!endif
!ifndef PAYLOAD_DIR
  !error "Pass -DPAYLOAD_DIR=<folder of the frozen app, holding hearth.exe>"
!endif
!ifndef OUTFILE
  !error "Pass -DOUTFILE=<path of the setup .exe to write>"
!endif
!ifndef ICON
  !error "Pass -DICON=<path of hearth.ico>"
!endif
!ifndef PUBLISHER
  !define PUBLISHER "The Hearth developers"
!endif

!define APP_EXE "hearth.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Hearth"
!define PROGID "Hearth.GGUF"
!define CLASSES "Software\Classes"
; Where Hearth keeps models, chats, settings, cache and logs: platformdirs'
; user_data_dir("Hearth", appauthor=False) on Windows (config, cache and logs
; are the same folder or under it). HEARTH_HOME, if a user set it, is not seen here.
!define USER_DATA "$LOCALAPPDATA\Hearth"
; SHChangeNotify(SHCNE_ASSOCCHANGED, SHCNF_IDLIST, 0, 0): Explorer re-reads associations.
!define NOTIFY_ASSOC_CHANGED "shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

Name "Hearth"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Hearth"
; An upgrade installs where the last version went.
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "Hearth ${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start Hearth"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
; Shown only when there is user data to offer for deletion (see un.SkipDataPage).
!define MUI_PAGE_CUSTOMFUNCTION_PRE un.SkipDataPage
!define MUI_COMPONENTSPAGE_TEXT_TOP "Hearth's program files, shortcuts and registry entries are removed. Your downloaded models and chats stay unless you tick the box below."
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

!ifdef VERSION_QUAD
  VIProductVersion "${VERSION_QUAD}"
  VIFileVersion "${VERSION_QUAD}"
  VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "Hearth"
  VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "Hearth ${VERSION} Setup"
  VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
  VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"
!endif

; Waits until no hearth.exe from $INSTDIR runs. Windows refuses to open a running
; executable for writing, so this sees the window, the engine child (the same exe
; with --engine-child) and `hearth serve` alike, without a plugin or window class.
; Silent runs (/S) do not wait: they give up.
!macro CHECK_NOT_RUNNING UN
Function ${UN}CheckNotRunning
  IfFileExists "$INSTDIR\${APP_EXE}" retry done
  retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\${APP_EXE}" a
    IfErrors 0 free
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
      "Hearth is running. Close its window (and any Hearth command in a terminal), then click Retry." \
      /SD IDCANCEL IDRETRY retry
    Abort "Hearth is still running; nothing was changed."
  free:
    FileClose $0
  done:
FunctionEnd
!macroend
!insertmacro CHECK_NOT_RUNNING ""
!insertmacro CHECK_NOT_RUNNING "un."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "Hearth needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  ${IfNot} ${AtLeastBuild} 10240
    MessageBox MB_OK|MB_ICONSTOP "Hearth needs Windows 10 or later." /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Section "Hearth" SecApp
  SectionIn RO
  Call CheckNotRunning
  SetOutPath "$INSTDIR"
  ; Upgrade: the old program files go first, so no stale library (an old llama.cpp
  ; backend DLL, which ggml would still load) stays beside the new ones.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  File /r "${PAYLOAD_DIR}\*"
  File "/oname=hearth.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ; Apps & features ("Add or remove programs"), for this user.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Hearth"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\hearth.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ; What the payload takes on disk, in KiB, as Windows expects.
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Start menu shortcut" SecStartMenu
  CreateShortcut "$SMPROGRAMS\Hearth.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\hearth.ico" 0
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  CreateShortcut "$DESKTOP\Hearth.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\hearth.ico" 0
SectionEnd

Section "Open .gguf model files with Hearth" SecAssociation
  WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "GGUF AI model"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" "$INSTDIR\hearth.ico"
  WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "${CLASSES}\.gguf" "" "${PROGID}"
  WriteRegStr HKCU "${CLASSES}\.gguf\OpenWithProgids" "${PROGID}" ""
  System::Call "${NOTIFY_ASSOC_CHANGED}"
SectionEnd

Section "un.Hearth (program files, shortcuts, registry entries)" UnSecApp
  SectionIn RO
  Call un.CheckNotRunning
  Delete "$SMPROGRAMS\Hearth.lnk"
  Delete "$DESKTOP\Hearth.lnk"

  ; The association: our ProgID, and .gguf only where it still points at us.
  DeleteRegKey HKCU "${CLASSES}\${PROGID}"
  DeleteRegValue HKCU "${CLASSES}\.gguf\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "${CLASSES}\.gguf\OpenWithProgids"
  ReadRegStr $0 HKCU "${CLASSES}\.gguf" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "${CLASSES}\.gguf" ""
  ${EndIf}
  DeleteRegKey /ifempty HKCU "${CLASSES}\.gguf"
  System::Call "${NOTIFY_ASSOC_CHANGED}"

  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\hearth.ico"
  Delete "$INSTDIR\${UNINSTALLER}"
  ; Only if empty: whatever else the user keeps in this folder stays.
  RMDir "$INSTDIR"
SectionEnd

; Off by default, so a plain or silent (/S) uninstall keeps models and chats.
Section /o "un.Also delete downloaded models and chats" UnSecData
  RMDir /r "${USER_DATA}"
SectionEnd

Function un.onInit
  ${If} ${FileExists} "${USER_DATA}\*.*"
    ; Size in tenths of a GB, for the checkbox's label.
    ${GetSize} "${USER_DATA}" "/S=0M" $0 $1 $2
    IntOp $0 $0 * 10
    IntOp $0 $0 / 1024
    IntOp $1 $0 / 10
    IntOp $2 $0 % 10
    SectionSetText ${UnSecData} "Also delete downloaded models and chats ($1.$2 GB)"
  ${Else}
    ; Nothing to delete: hide the box (and skip the page).
    SectionSetText ${UnSecData} ""
  ${EndIf}
FunctionEnd

Function un.SkipDataPage
  ${IfNot} ${FileExists} "${USER_DATA}\*.*"
    Abort
  ${EndIf}
FunctionEnd
