; Inno Setup 6 script: the Windows installer of CumulDesk (per-user, no administrator rights).
; Saved as UTF-8 with a byte order mark (Inno Setup reads it as UTF-8 only then).
;
;   iscc /DAppVersion=0.1.0 installer\cumuldesk.iss
;
; installer\build.ps1 does it all (PyInstaller, then this with the package's version).
; Input: the PyInstaller bundle dist\CumulDesk (override with /DBundleDir=...).
; Output: dist\CumulDesk-<version>-setup.exe (override with /DOutputDir=...).
;
; Install: per user in %LOCALAPPDATA%\Programs\CumulDesk ({autopf} with lowest privileges),
; a start-menu entry, an optional desktop icon, an uninstaller (Settings > Apps).
; Silent: CumulDesk-<version>-setup.exe /SILENT /CURRENTUSER (or /VERYSILENT); an
; administrator may install for all users with /ALLUSERS (then in Program Files).
;
; Uninstall and the user's data: the uninstaller removes the program, never silently the
; user's data folder (%LOCALAPPDATA%\DG HAN\CumulDesk: the encrypted local cache with
; personal data and changes perhaps not yet synced, the preferences, the log). It asks,
; "No" being the default; a silent uninstall keeps the data unless given /REMOVEDATA
; (unins000.exe /VERYSILENT /REMOVEDATA). See docs/building.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 installer\cumuldesk.iss (build.ps1 does)
#endif
#define RepoDir AddBackslash(SourcePath) + ".."
#ifndef BundleDir
  #define BundleDir RepoDir + "\dist\CumulDesk"
#endif
#ifndef OutputDir
  #define OutputDir RepoDir + "\dist"
#endif
#define AppName "CumulDesk"
#define AppExe "cumuldesk-desk.exe"

[Setup]
; The AppId never changes: it ties upgrades and the uninstaller to this application.
AppId={{FC7CF35C-210C-4E2A-A9E7-C449C0434642}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FOD Sociale Zekerheid / SPF Sécurité sociale - DG HAN
AppCopyright=EUPL-1.2
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
Uninstallable=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile={#RepoDir}\resources\icons\cumuldesk.ico
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.RemoveDataQuestion=Also remove your CumulDesk data from this computer?%n%n%1%n%nIt holds your encrypted local cache (personal data of applicants, and changes that may not be synced with the central database yet), your preferences and the log. Changes not synced are lost.%n%nChoose No to keep them (for example to reinstall).
dutch.RemoveDataQuestion=Ook uw CumulDesk-gegevens van deze computer verwijderen?%n%n%1%n%nDaar staan uw versleutelde lokale cache (persoonsgegevens van aanvragers, en wijzigingen die misschien nog niet met de centrale databank gesynchroniseerd zijn), uw voorkeuren en het logboek. Niet-gesynchroniseerde wijzigingen gaan verloren.%n%nKies Nee om ze te bewaren (bijvoorbeeld om opnieuw te installeren).
french.RemoveDataQuestion=Supprimer aussi vos données CumulDesk de cet ordinateur ?%n%n%1%n%nCe dossier contient votre cache local chiffré (données personnelles des demandeurs, et modifications peut-être pas encore synchronisées avec la base centrale), vos préférences et le journal. Les modifications non synchronisées seront perdues.%n%nChoisissez Non pour les garder (par exemple pour réinstaller).
german.RemoveDataQuestion=Auch Ihre CumulDesk-Daten von diesem Computer entfernen?%n%n%1%n%nDort liegen Ihr verschlüsselter lokaler Cache (personenbezogene Daten der Antragsteller und Änderungen, die vielleicht noch nicht mit der zentralen Datenbank synchronisiert sind), Ihre Einstellungen und das Protokoll. Nicht synchronisierte Änderungen gehen verloren.%n%nWählen Sie Nein, um sie zu behalten (zum Beispiel für eine Neuinstallation).
english.RemoveDataFailed=Some of your CumulDesk data could not be removed (is CumulDesk still running?). Remove this folder yourself: %1
dutch.RemoveDataFailed=Een deel van uw CumulDesk-gegevens kon niet verwijderd worden (draait CumulDesk nog?). Verwijder deze map zelf: %1
french.RemoveDataFailed=Une partie de vos données CumulDesk n'a pas pu être supprimée (CumulDesk est-il encore ouvert ?). Supprimez vous-même ce dossier : %1
german.RemoveDataFailed=Ein Teil Ihrer CumulDesk-Daten konnte nicht entfernt werden (läuft CumulDesk noch?). Entfernen Sie diesen Ordner selbst: %1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "BOB / IVT-IT cumulation check and simulation"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The user's data folder: platformdirs' user_data_dir("CumulDesk", "DG HAN") on Windows,
  which also holds the configuration (desktop.ini, cumuldesk.toml) and the logs. A folder
  set by an administrator with CUMULDESK_DATA_DIR is not touched. }
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\DG HAN\CumulDesk');
end;

function RemoveDataAsked(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/REMOVEDATA') = 0 then
    begin
      Result := True;
      exit;
    end;
  if UninstallSilent then
    exit;  { silent and no /REMOVEDATA: keep the data }
  Result := MsgBox(FmtMessage(CustomMessage('RemoveDataQuestion'), [DataFolder()]),
    mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) then
    if RemoveDataAsked() then
    begin
      if not DelTree(DataFolder(), True, True, True) then
      begin
        if not UninstallSilent then
          MsgBox(FmtMessage(CustomMessage('RemoveDataFailed'), [DataFolder()]), mbError, MB_OK);
      end;
      RemoveDir(ExpandConstant('{localappdata}\DG HAN'));  { only when empty }
    end;
end;
