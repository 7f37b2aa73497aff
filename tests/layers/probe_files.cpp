#include "platform/files/safe_write.hpp"
