# Build the Windows installer of CumulDesk: the PyInstaller bundle, then the Inno Setup
# installer with the package's version.
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-SkipInstaller] [-Smoke]
#
# Needs: the repository's .venv with `pip install -e ".[test]"` (PyInstaller comes with it)
# and Inno Setup 6 (iscc.exe on PATH, or in its default folder). See docs/building.md.
# Output: dist\CumulDesk\ (the bundle) and dist\CumulDesk-<version>-setup.exe.
# -Smoke starts the bundled application offscreen on demo data in a temporary folder
# (signs in as an.demo, opens a dossier) before the installer is made.

param(
    [switch]$SkipInstaller,
    [switch]$Smoke
)

$ErrorActionPreference = "Stop"
$Repo = Split-Path -Parent $PSScriptRoot
$Python = Join-Path $Repo ".venv\Scripts\python.exe"

function Fail([string]$Message) {
    Write-Host "installer\build.ps1: $Message" -ForegroundColor Red
    exit 1
}

if (-not (Test-Path $Python)) {
    Fail "no .venv in $Repo. Run: py -3.11 -m venv .venv; .venv\Scripts\python -m pip install -e "".[test]"""
}
& $Python -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) { Fail "PyInstaller is missing: .venv\Scripts\python -m pip install -e "".[test]""" }

$Version = (& $Python -c "from importlib.metadata import version; print(version('cumuldesk'))").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { Fail "cannot read the version of the cumuldesk package" }

$Dist = Join-Path $Repo "dist"
$Work = Join-Path $Repo "build\pyinstaller"
$Bundle = Join-Path $Dist "CumulDesk"
Write-Host "Building CumulDesk $Version into $Bundle (PyInstaller; a few minutes) ..."
& $Python -m PyInstaller --noconfirm --log-level WARN --distpath $Dist --workpath $Work `
    (Join-Path $Repo "installer\cumuldesk.spec")
if ($LASTEXITCODE -ne 0) { Fail "PyInstaller failed (its messages are above)" }
foreach ($exe in "cumuldesk-desk.exe", "cumuldesk.exe") {
    if (-not (Test-Path (Join-Path $Bundle $exe))) { Fail "the bundle has no $exe" }
}

if ($Smoke) {
    $Temp = Join-Path ([System.IO.Path]::GetTempPath()) ("cumuldesk-smoke-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $Temp | Out-Null
    $saved = @{}
    $smokeEnv = @{
        CUMULDESK_DATA_DIR = (Join-Path $Temp "data")
        CUMULDESK_CONFIG_DIR = (Join-Path $Temp "config")
        CUMULDESK_CACHE_PASSPHRASE = "smoke test passphrase, demo data only"
        PYTHON_KEYRING_BACKEND = "keyring.backends.fail.Keyring"
        CUMULDESK_USER = "an.demo"
        CUMULDESK_PASSWORD = "an-demo-password"
        QT_QPA_PLATFORM = "offscreen"
        CUMULDESK_CENTRAL_URL = $null
    }
    foreach ($name in $smokeEnv.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $smokeEnv[$name])
    }
    try {
        & (Join-Path $Bundle "cumuldesk.exe") demo-data --persons 300 | Out-Null
        if ($LASTEXITCODE -ne 0) { Fail "smoke test: the bundled 'cumuldesk demo-data' failed" }
        # a windowed executable: wait for it, then read its exit code
        $run = Start-Process -FilePath (Join-Path $Bundle "cumuldesk-desk.exe") `
            -ArgumentList "--smoke-test" -Wait -PassThru -NoNewWindow
        $log = Join-Path $Temp "data\logs\cumuldesk.log"
        if ($run.ExitCode -ne 0) {
            if (Test-Path $log) { Get-Content $log -Tail 20 }
            Fail "smoke test: the bundled application exited with $($run.ExitCode)"
        }
        if (-not (Select-String -Path $log -Pattern "smoke test: dossier opened" -Quiet)) {
            Fail "smoke test: the log does not say that a dossier was opened"
        }
        Write-Host "Smoke test passed: signed in as an.demo, opened a dossier, exited 0."
    }
    finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        Remove-Item -Recurse -Force $Temp -ErrorAction SilentlyContinue
    }
}

if ($SkipInstaller) {
    Write-Host "The bundle: $Bundle (start $Bundle\cumuldesk-desk.exe)"
    exit 0
}

$Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) {
    foreach ($folder in "${env:ProgramFiles(x86)}\Inno Setup 6", "$env:ProgramFiles\Inno Setup 6",
                        "$env:LOCALAPPDATA\Programs\Inno Setup 6") {
        $candidate = Join-Path $folder "ISCC.exe"
        if (Test-Path $candidate) { $Iscc = $candidate; break }
    }
}
if (-not $Iscc) { Fail "Inno Setup 6 is not installed (ISCC.exe not found): https://jrsoftware.org/isdl.php" }

Write-Host "Making the installer with $Iscc ..."
& $Iscc /Q "/DAppVersion=$Version" (Join-Path $Repo "installer\cumuldesk.iss")
if ($LASTEXITCODE -ne 0) { Fail "Inno Setup failed (its messages are above)" }
$Setup = Join-Path $Dist "CumulDesk-$Version-setup.exe"
if (-not (Test-Path $Setup)) { Fail "Inno Setup did not make $Setup" }
Write-Host ""
Write-Host "The installer: $Setup"
Write-Host "Install it:    double-click it, or $Setup /SILENT /CURRENTUSER"
