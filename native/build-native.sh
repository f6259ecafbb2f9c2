#!/usr/bin/env bash
# Builds the Rust crate with cargo and copies the shared library to $1.
# Cargo's target folder lives outside the clone so that every build and CI run
# on the same machine reuses it: DFSCHEMA_CARGO_TARGET_DIR, else CARGO_TARGET_DIR,
# else ~/.cache/dfschema/cargo-target.
set -euo pipefail
out_dir=${1:?usage: build-native.sh <output-dir>}
here=$(cd "$(dirname "$0")" && pwd)
export CARGO_TARGET_DIR=${DFSCHEMA_CARGO_TARGET_DIR:-${CARGO_TARGET_DIR:-$HOME/.cache/dfschema/cargo-target}}
mkdir -p "$CARGO_TARGET_DIR" "$out_dir"
# Cargo features: DFSCHEMA_CARGO_FEATURES, else `distributed` (the Ballista client and the
# dfschema-cluster binary); set it to "" for an embedded-only library (a shorter cold build).
features=${DFSCHEMA_CARGO_FEATURES-distributed}
cargo build --release --manifest-path "$here/Cargo.toml" ${CARGO_BUILD_QUIET:+--quiet} ${features:+--features "$features"}
cp "$CARGO_TARGET_DIR/release/libdfschema_native.so" "$out_dir/libdfschema_native.so"
# The cluster binary goes beside the crate's Maven output, where the dfschema-cluster script finds it.
mkdir -p "$here/target/bin"
rm -f "$here/target/bin/dfschema-cluster"
if [[ -n "$features" && -x "$CARGO_TARGET_DIR/release/dfschema-cluster" ]]; then
  cp "$CARGO_TARGET_DIR/release/dfschema-cluster" "$here/target/bin/dfschema-cluster"
  if command -v strip >/dev/null 2>&1; then
    strip "$here/target/bin/dfschema-cluster"
  fi
fi
# Symbols are most of the library's size; the JNI entry points stay in the dynamic table.
# (Stripping here rather than in Cargo's profile keeps the cached dependency builds valid.)
if command -v strip >/dev/null 2>&1; then
  strip --strip-unneeded "$out_dir/libdfschema_native.so"
fi
