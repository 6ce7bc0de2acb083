# The platform layer. A class whose implementation depends on the system keeps its header in
# its folder (app/core/<area>, app/cli) and its implementation in subfolders of it:
#   linux/     Linux only (recvmmsg, the ICMP error queue, /proc, ...)
#   posix/     any POSIX system (descriptors, openat, signals, ...)
#   portable/  Qt only: compiles and works everywhere, with what the README says is lost
# Every class has a portable implementation; the native one is used where the build allows it.
# -DSOCKETLAB_PORTABLE=ON builds only the portable ones (what Windows builds), so that this
# path is compiled and tested on Linux too (./test.sh does). On a system that is not Linux the
# Linux-only parts are portable anyway, and on one that is not POSIX the POSIX parts too.
option(SOCKETLAB_PORTABLE "Build only the portable (Qt-only) implementations of the platform layer" OFF)

if(NOT SOCKETLAB_PORTABLE AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(SOCKETLAB_LINUX_PATHS ON)
else()
    set(SOCKETLAB_LINUX_PATHS OFF)
endif()
if(NOT SOCKETLAB_PORTABLE AND UNIX)
    set(SOCKETLAB_POSIX_PATHS ON)
else()
    set(SOCKETLAB_POSIX_PATHS OFF)
endif()
message(STATUS "Platform layer: Linux paths ${SOCKETLAB_LINUX_PATHS}, POSIX paths ${SOCKETLAB_POSIX_PATHS}")

# Sets `out` to the implementation files of the platform classes in `dir`: for each file in
# dir/portable, the one in dir/linux or dir/posix when that path is on, else the portable one.
function(socketlab_platform_sources out dir)
    file(GLOB portable CONFIGURE_DEPENDS ${dir}/portable/*.cpp)
    file(GLOB native CONFIGURE_DEPENDS ${dir}/linux/*.cpp ${dir}/posix/*.cpp)
    foreach(src ${native})
        get_filename_component(name ${src} NAME)
        if(NOT EXISTS ${dir}/portable/${name})
            message(FATAL_ERROR "${src} has no portable implementation (${dir}/portable/${name})")
        endif()
    endforeach()
    set(chosen)
    foreach(src ${portable})
        get_filename_component(name ${src} NAME)
        if(SOCKETLAB_LINUX_PATHS AND EXISTS ${dir}/linux/${name})
            list(APPEND chosen ${dir}/linux/${name})
        elseif(SOCKETLAB_POSIX_PATHS AND EXISTS ${dir}/posix/${name})
            list(APPEND chosen ${dir}/posix/${name})
        else()
            list(APPEND chosen ${src})
        endif()
    endforeach()
    set(${out} ${chosen} PARENT_SCOPE)
endfunction()
