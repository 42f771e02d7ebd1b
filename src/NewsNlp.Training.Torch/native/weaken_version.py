# Marks one version reference of an ELF64 library weak (VER_FLG_WEAK), so the loader accepts a
# libstdc++ without it. Usage: weaken_version.py LIBRARY VERSION
import struct, sys
path, version = sys.argv[1], sys.argv[2]
data = bytearray(open(path, 'rb').read())
assert data[:4] == b'\x7fELF' and data[4] == 2, 'not ELF64'
shoff, = struct.unpack_from('<Q', data, 0x28)
shentsize, shnum, shstrndx = struct.unpack_from('<HHH', data, 0x3A)
def sh(i):
    return struct.unpack_from('<IIQQQQIIQQ', data, shoff + i * shentsize)
SHT_GNU_verneed = 0x6ffffffe
done = 0
for i in range(shnum):
    s = sh(i)
    if s[1] != SHT_GNU_verneed: continue
    strtab = sh(s[6]); stroff = strtab[4]
    def cstr(o):
        e = data.index(0, stroff + o); return data[stroff + o:e].decode()
    off = s[4]
    while True:
        vn_version, vn_cnt, vn_file, vn_aux, vn_next = struct.unpack_from('<HHIII', data, off)
        a = off + vn_aux
        for _ in range(vn_cnt):
            h, flags, other, name, nxt = struct.unpack_from('<IHHII', data, a)
            if cstr(name) == version:
                struct.pack_into('<H', data, a + 4, flags | 0x2); done += 1
            a += nxt
        if vn_next == 0: break
        off += vn_next
open(path, 'wb').write(data)
print('weakened', done)
