# The layer rules, tried by the compiler: each line below compiles a one-line
# probe with a layer's include path only (-fsyntax-only: nothing is written).
# An include of a higher layer must fail; one of a lower layer must compile.
# Also: no __EMSCRIPTEN__ outside src/platform/.
#   cmake -DCXX=... -DROOTS=<build>/src/layers -DSOURCE=<repo> -P check_layers.cmake
set(failures 0)
function(probe layer header expect)
  execute_process(
    COMMAND ${CXX} -std=c++20 -fsyntax-only -I${ROOTS}/${layer} -x c++ -
    INPUT_FILE ${SOURCE}/tests/layers/probe_${header}.cpp
    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
  if(expect STREQUAL "fails" AND result EQUAL 0)
    message(SEND_ERROR "${layer} may include ${header}: the layer rules are not enforced")
  elseif(expect STREQUAL "compiles" AND NOT result EQUAL 0)
    message(SEND_ERROR "${layer} cannot include ${header}, which it may use:\n${errors}")
  else()
    message(STATUS "${layer} + ${header}: ${expect}, as it should")
  endif()
endfunction()

probe(core formats fails)
probe(formats suggest fails)
probe(suggest formats fails)
probe(workspace app fails)
probe(workspace imgui fails)
probe(app platform fails)
probe(cli workspace fails)
probe(cli platform fails)
probe(cli files compiles)
probe(cli team compiles)
probe(cli net compiles)
probe(app net fails)
probe(workspace formats compiles)
probe(workspace suggest compiles)
probe(app workspace compiles)

file(GLOB_RECURSE sources ${SOURCE}/src/*.cpp ${SOURCE}/src/*.hpp)
foreach(file ${sources})
  if(NOT file MATCHES "/src/platform/")
    file(STRINGS ${file} hits REGEX "__EMSCRIPTEN__")
    if(hits)
      message(SEND_ERROR "${file} tests __EMSCRIPTEN__ outside src/platform/")
    endif()
  endif()
endforeach()
