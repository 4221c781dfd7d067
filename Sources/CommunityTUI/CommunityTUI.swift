package enum CommunityTUI {}
