#include "suggest/suggest.hpp"
