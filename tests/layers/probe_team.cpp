#include "workspace/team/team_store.hpp"
