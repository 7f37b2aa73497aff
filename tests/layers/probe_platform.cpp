#include "platform/frame_pacer.hpp"
