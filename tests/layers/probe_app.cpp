#include "app/palette.hpp"
