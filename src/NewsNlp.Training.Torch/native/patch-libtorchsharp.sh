#!/usr/bin/env bash
# Makes TorchSharp's libLibTorchSharp.so load on a libstdc++ older than GCC 13 (Debian 12): the one
# symbol it needs from GLIBCXX_3.4.32, std::ios_base_library_init(), is an empty initialiser, so
#  1. a shim library defines it (glibcxx_shim.cpp),
#  2. the library's reference to that symbol loses its version and the shim becomes a dependency,
#  3. its need for version GLIBCXX_3.4.32 of libstdc++ is marked weak (a missing weak version is
#     not an error for the dynamic loader).
# Run on the build output folder; safe to run again. Does nothing where libstdc++ already has it.
set -euo pipefail
out="${1:?usage: patch-libtorchsharp.sh OUTPUT_DIR}"
here="$(cd "$(dirname "$0")" && pwd)"
stdcxx=$(g++ -print-file-name=libstdc++.so.6)
if objdump -T "$stdcxx" 2>/dev/null | grep -q 'GLIBCXX_3.4.32'; then exit 0; fi
command -v patchelf >/dev/null || { echo "patch-libtorchsharp: install patchelf (apt-get install patchelf)" >&2; exit 1; }
# TorchSharp copies its native folder twice (runtimes/linux-x64/native and cpu): patch each copy.
find "$out" -name libLibTorchSharp.so | while read -r lib; do
  dir=$(dirname "$lib")
  [ -f "$dir/libglibcxx_shim.so" ] || g++ -shared -fPIC -O2 -o "$dir/libglibcxx_shim.so" "$here/glibcxx_shim.cpp" -Wl,--version-script="$here/glibcxx_shim.map"
  if ! objdump -p "$lib" | grep -q 'NEEDED.*libglibcxx_shim.so'; then
    patchelf --clear-symbol-version _ZSt21ios_base_library_initv "$lib"
    patchelf --add-needed libglibcxx_shim.so "$lib"   # found through the library's RUNPATH ($ORIGIN)
  fi
  python3 "$here/weaken_version.py" "$lib" GLIBCXX_3.4.32 >/dev/null
done
