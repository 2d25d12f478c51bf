; Inno Setup script for BigJournal on Windows.
; Build the one-folder app first on Windows (see installer/README.md: PyInstaller with
; installer\bigjournal.spec makes dist\bigjournal\ and build\icons\bigjournal.ico),
; then:  iscc /DAppVersion=0.1.0 installer\windows\bigjournal.iss   (Inno Setup 6.3 or newer)
; installer\windows\build.ps1 does all of it.
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
AppVerName={#AppName} {#AppVersion}
AppPublisher=The BigJournal team
; The set-up program's own version resource (Properties → Details), as the app's.
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoCompany=The BigJournal team
VersionInfoCopyright=GPL-3.0-or-later, the BigJournal team
; The app is 64-bit only (PySide6 ships no 32-bit Windows wheels): install it as such,
; so an install for everyone goes to "Program Files", not "Program Files (x86)".
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
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
; "Put the bigjournal command on PATH" writes the user's (or, for everyone, the
; system's) Path: Explorer and new terminals are told it changed.
ChangesEnvironment=yes
; The licence, shown before installing (the GPL is also in {app}\_internal\LICENSE).
LicenseFile=..\..\LICENSE

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Put the &bigjournal command on PATH (for scripts and the command prompt)"; GroupDescription: "Command line:"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the libraries whole: files an older version had in _internal
; (another Qt, another Python) must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\bigjournal\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; "bigjournal today" in a terminal: a one-line shim for bigjournal-cli.exe, in a folder
; of its own so PATH gets nothing else of ours.
Source: "bigjournal.cmd"; DestDir: "{app}\bin"; Flags: ignoreversion

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

[Code]
const
  UserEnvironment = 'Environment';
  SystemEnvironment = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';

function EnvironmentRoot: Integer;
begin
  if IsAdminInstallMode then Result := HKEY_LOCAL_MACHINE else Result := HKEY_CURRENT_USER;
end;

function EnvironmentKey: String;
begin
  if IsAdminInstallMode then Result := SystemEnvironment else Result := UserEnvironment;
end;

function CommandFolder: String;
begin
  Result := ExpandConstant('{app}\bin');
end;

{ ";A;B;" form, so a folder is found whole and in any letter case. }
function Delimited(Paths: String): String;
begin
  Result := ';' + Uppercase(Paths) + ';';
end;

procedure AddCommandToPath;
var
  Paths: String;
begin
  if not RegQueryStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Paths) then
    Paths := '';
  if Pos(Delimited(CommandFolder), Delimited(Paths)) > 0 then
    exit;
  if (Paths <> '') and (Copy(Paths, Length(Paths), 1) <> ';') then
    Paths := Paths + ';';
  RegWriteExpandStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Paths + CommandFolder);
end;

procedure RemoveCommandFromPath;
var
  Paths, Wrapped: String;
  Found: Integer;
begin
  if not RegQueryStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Paths) then
    exit;
  Wrapped := ';' + Paths + ';';
  Found := Pos(Delimited(CommandFolder), Uppercase(Wrapped));
  if Found = 0 then
    exit;
  Delete(Wrapped, Found, Length(CommandFolder) + 1);
  RegWriteExpandStringValue(EnvironmentRoot, EnvironmentKey, 'Path', Copy(Wrapped, 2, Length(Wrapped) - 2));
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
  begin
    if WizardIsTaskSelected('addtopath') then
      AddCommandToPath
    else
      RemoveCommandFromPath;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveCommandFromPath;
end;
