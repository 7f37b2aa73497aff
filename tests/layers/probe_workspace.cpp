#include "workspace/selection.hpp"
