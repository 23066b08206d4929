"""Excel exports without Qt: the simulation, the work list and the workbook writer they share."""
