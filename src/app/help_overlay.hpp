#pragma once
namespace spanmark::app {

// The list of every key (? or F1). Returns false once the person closes it.
bool drawHelpOverlay();

}  // namespace spanmark::app
