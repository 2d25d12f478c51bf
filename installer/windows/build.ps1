# Build BigJournal for Windows, on Windows (PowerShell 5.1 or 7, from any folder):
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#
# Python 3.11 (the "py" launcher) and Inno Setup 6.3 or newer (iscc on PATH, or -Iscc).
# Makes build\venv afresh from installer\requirements-build-windows.txt (hashes
# required; made with the Linux and macOS locks by installer/lock.sh), the third-party
# notices of what is bundled, dist\bigjournal\ with PyInstaller, smoke-tests it
# headless, and packs dist\BigJournal-<version>-setup.exe.
param(
  [string[]]$Python = @("py", "-3.11"),
  [string]$Iscc = "iscc",
  [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$Root = (Get-Location).Path

function Run([string]$Program, [string[]]$Arguments) {
  & $Program @Arguments
  if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed ($LASTEXITCODE)" }
}

if (-not $env:SOURCE_DATE_EPOCH) { $env:SOURCE_DATE_EPOCH = (git log -1 --format=%ct) }
$env:PYTHONHASHSEED = "0"

Write-Host "== Build environment from installer\requirements-build-windows.txt (hashes required)"
$Venv = Join-Path $Root "build\venv"
if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
$Launcher = $Python[0]
$LauncherArguments = @($Python | Select-Object -Skip 1)
Run $Launcher ($LauncherArguments + @("-m", "venv", $Venv))
$VenvPython = Join-Path $Venv "Scripts\python.exe"
Run $VenvPython @("-m", "pip", "install", "--quiet", "--disable-pip-version-check",
  "--require-hashes", "--only-binary", ":all:", "-r", "installer\requirements-build-windows.txt")
# The notices of exactly what this bundle holds (the spec ships them with LICENSE).
Run $VenvPython @("installer\third_party_notices.py", "--bundle", "-o", "build\THIRD-PARTY-NOTICES")
Run $VenvPython @("-m", "pip", "install", "--quiet", "--disable-pip-version-check",
  "--no-deps", "--no-build-isolation", "--no-index", ".")
$Version = (& $VenvPython -c "import bigjournal; print(bigjournal.__version__)").Trim()
Run $VenvPython @("-m", "bigjournal.gui.build_forms", "--check")

Write-Host "== PyInstaller (one folder)"
if (Test-Path "dist\bigjournal") { Remove-Item -Recurse -Force "dist\bigjournal" }
Push-Location build
try {
  $env:PYTHONSAFEPATH = "1"  # analyse the installed package, never the source tree
  Run $VenvPython @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "..\dist", "--workpath", "pyinstaller", "..\installer\bigjournal.spec")
} finally {
  Remove-Item Env:PYTHONSAFEPATH
  Pop-Location
}

Write-Host "== Smoke test"
$Scratch = Join-Path ([IO.Path]::GetTempPath()) ("bigjournal smoke " + [guid]::NewGuid())
New-Item -ItemType Directory $Scratch | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
$env:PYTHON_KEYRING_BACKEND = "keyring.backends.null.Keyring"
$Cli = Join-Path $Root "dist\bigjournal\bigjournal-cli.exe"
$Journal = Join-Path $Scratch "journal.db"
$Archive = Join-Path $Scratch "handover.bigjournal"
Run $Cli @("--version")
Run $Cli @("--journal", $Journal, "demo")
Run $Cli @("--journal", $Journal, "summary", "Millbrook College", "-o", (Join-Path $Scratch "summary.pdf"))
$env:BIGJOURNAL_PASSPHRASE = "smoke test passphrase"
Run $Cli @("--journal", $Journal, "export", "-o", $Archive)
Run $Cli @("--journal", (Join-Path $Scratch "successor.db"), "import", "--preview", $Archive)
Remove-Item Env:BIGJOURNAL_PASSPHRASE
$env:BIGJOURNAL_SMOKE_TEST = Join-Path $Scratch "window.png"
$App = Start-Process -Wait -PassThru (Join-Path $Root "dist\bigjournal\BigJournal.exe") `
  -ArgumentList @("--journal", "`"$Journal`"")
if ($App.ExitCode -ne 0 -or -not (Test-Path $env:BIGJOURNAL_SMOKE_TEST)) {
  throw "the app did not start, paint its window and quit ($($App.ExitCode))"
}
Copy-Item $env:BIGJOURNAL_SMOKE_TEST "build\smoke-window.png"
Remove-Item Env:BIGJOURNAL_SMOKE_TEST, Env:QT_QPA_PLATFORM
Remove-Item -Recurse -Force $Scratch
Write-Host "SMOKE TEST PASSED"

if (-not $SkipInstaller) {
  Write-Host "== Inno Setup"
  Run $Iscc @("/DAppVersion=$Version", "installer\windows\bigjournal.iss")
  Get-FileHash "dist\BigJournal-$Version-setup.exe" -Algorithm SHA256 | Format-List
}
