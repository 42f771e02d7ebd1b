// std::ios_base_library_init() is an empty initialiser that GCC 13 added to libstdc++ and TorchSharp
// links against; older libstdc++ lacks it. Built and linked by patch-libtorchsharp.sh.
namespace std { void ios_base_library_init() {} }
