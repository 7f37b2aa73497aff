#pragma once
// The few GL calls the frame loop makes itself (the ImGui backend loads the rest).
#if defined(__EMSCRIPTEN__)
#include <GLES3/gl3.h>
#else
#include <GLFW/glfw3.h>  // brings <GL/gl.h>
#endif
