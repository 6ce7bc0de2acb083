#include "RolePanel.h"

TrafficView *RolePanel::trafficView() const
{
    return nullptr;
}
