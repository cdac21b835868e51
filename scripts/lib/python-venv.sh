# python_venv NAME VENV REQUIREMENTS MODULE…: makes VENV a virtual environment holding REQUIREMENTS (a pip
# requirements file). It is reused while the file and the interpreter's version are those it was made with and
# MODULE… import; otherwise it is made again from scratch, so an edited file gives a fresh environment.
# $PYTHON chooses the interpreter (default python3). Progress goes to stderr as "NAME: …"; returns 1 on failure.
# Sourced by the scripts that run Python tools (sdk-test.sh, schema-test.sh).
source "$(dirname "${BASH_SOURCE[0]}")/install-packages.sh"

python_venv() {
    local name="$1" venv="$2" requirements="$3"
    shift 3
    local python="${PYTHON:-python3}" stamp="$venv/.requirements.sha256"
    say_venv() { printf '%s: %s\n' "$name" "$*" >&2; }
    if ! command -v "$python" >/dev/null 2>&1; then
        say_venv "$python not found; install Python 3 (apt-get install python3 python3-venv)"
        return 1
    fi
    local want
    want="$(sha256sum "$requirements" | cut -d' ' -f1)"
    want+=" $("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
    if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]] &&
        "$venv/bin/python" -c "import $(IFS=,; echo "$*")" >/dev/null 2>&1; then
        say_venv "reusing $venv"
        return 0
    fi
    say_venv "creating $venv from ${requirements#"$PWD"/}"
    rm -rf "$venv"
    mkdir -p "$(dirname "$venv")"
    if ! "$python" -m venv "$venv" >/dev/null 2>&1; then
        rm -rf "$venv"
        # Debian/Ubuntu ship venv (ensurepip) separately from python3.
        if ! command -v apt-get >/dev/null 2>&1; then
            say_venv "'$python -m venv' failed and apt-get is not available; install the venv module for $python"
            return 1
        fi
        say_venv "'$python -m venv' failed; installing python3-venv with apt-get"
        install_packages python3-venv || { say_venv "could not install python3-venv"; return 1; }
        "$python" -m venv "$venv" ||
            { say_venv "'$python -m venv' still fails after installing python3-venv"; return 1; }
    fi
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2 || true
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements" >&2 ||
        { say_venv "pip install -r $requirements failed"; return 1; }
    printf '%s' "$want" >"$stamp"
}
