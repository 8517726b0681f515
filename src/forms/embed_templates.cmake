# Writes a C++ file holding every file of templates/ as a string, so the kefu binary carries its
# forms with it. Run by the build: cmake -DOUT=file.cpp -DDIR=templates -P embed_templates.cmake
file(GLOB files RELATIVE ${DIR} ${DIR}/*)
list(SORT files)
set(body "")
foreach(name ${files})
  file(READ ${DIR}/${name} text)
  string(APPEND body "    {\"${name}\", R\"kefu_tpl(${text})kefu_tpl\"},\n")
endforeach()
file(WRITE ${OUT}.new "// Generated from templates/ by embed_templates.cmake; do not edit.\n#include \"store/datadir.hpp\"\n\nnamespace kefu {\n\nconst std::map<std::string, std::string>& builtin_templates() {\n  static const std::map<std::string, std::string> templates = {\n${body}  };\n  return templates;\n}\n\n}  // namespace kefu\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUT}.new ${OUT})
