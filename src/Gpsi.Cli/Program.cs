// The gpsi command line; commands are added in Commands/.
return 0;
