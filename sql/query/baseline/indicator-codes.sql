-- Every indicator code of any plan: a previous year's figures are matched to this year's indicators by code.
SELECT DISTINCT code FROM dim_indicator
