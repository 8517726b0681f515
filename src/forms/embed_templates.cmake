# Writes a C++ file holding every file of a folder as a string, so the kefu binary carries them
# with it: templates/ (FUNC builtin_templates, declared in store/datadir.hpp) and hooks/'s
# samples (builtin_hook_samples, store/init.hpp). Run by the build:
#   cmake -DOUT=file.cpp -DDIR=templates [-DFUNC=name -DHEADER=path.hpp] -P embed_templates.cmake
if(NOT FUNC)
  set(FUNC builtin_templates)
  set(HEADER store/datadir.hpp)
endif()
file(GLOB files RELATIVE ${DIR} ${DIR}/*)
list(SORT files)
set(body "")
foreach(name ${files})
  file(READ ${DIR}/${name} text)
  string(APPEND body "    {\"${name}\", R\"kefu_tpl(${text})kefu_tpl\"},\n")
endforeach()
get_filename_component(from ${DIR} NAME)
file(WRITE ${OUT}.new "// Generated from ${from}/ by embed_templates.cmake; do not edit.\n#include \"${HEADER}\"\n\nnamespace kefu {\n\nconst std::map<std::string, std::string>& ${FUNC}() {\n  static const std::map<std::string, std::string> files = {\n${body}  };\n  return files;\n}\n\n}  // namespace kefu\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUT}.new ${OUT})
