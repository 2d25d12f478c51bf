; Inno Setup script for BigJournal on Windows.
; Build the one-folder app first on Windows (see installer/README.md: PyInstaller with
; installer\bigjournal.spec makes dist\bigjournal\ and build\icons\bigjournal.ico),
; then:  iscc /DAppVersion=0.1.0 installer\windows\bigjournal.iss
;
; The uninstaller removes only what this installer put in {app}. Journals live in the
; user's data folder (%LOCALAPPDATA%\bigjournal) and are NEVER deleted: there is no
; [UninstallDelete] entry for them, on purpose.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "BigJournal"
#define AppExe "BigJournal.exe"
; bigjournal.exchange.ARCHIVE_SUFFIX (tests/unit/test_installer_files.py checks they agree)
#define ArchiveExt ".bigjournal"

[Setup]
AppId={{6B1D2E0A-6F3C-4C9E-9A57-0B1F4C2D8E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The BigJournal team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=BigJournal-{#AppVersion}-setup
; Made from resources\icons\bigjournal-*.png by the spec (Pillow), not committed.
SetupIconFile=..\..\build\icons\bigjournal.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\bigjournal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-clicking a successor archive opens it in BigJournal (which offers to import it).
Root: HKA; Subkey: "Software\Classes\{#ArchiveExt}"; ValueType: string; ValueName: ""; ValueData: "BigJournal.Archive"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\BigJournal.Archive"; ValueType: string; ValueName: ""; ValueData: "BigJournal archive for a successor"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\BigJournal.Archive\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\BigJournal.Archive\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
