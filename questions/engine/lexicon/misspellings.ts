// Common English misspellings that are never a right word: a question must not teach them (the
// judges fail a stem that copies "acheived" or "metorologists", rounds 70 and 71). From the usual
// lists of commonly misspelt words; only forms that are no other word are kept.
export const MISSPELLINGS = new Set([
  'acheive', 'acheived', 'acheivement', 'acheiving', 'recieve', 'recieved', 'reciept', 'beleive', 'beleived', 'seperate',
  'seperated', 'seperately', 'occured', 'occurence', 'occuring', 'untill', 'goverment', 'goverments', 'enviroment',
  'begining', 'wich', 'thier', 'definately', 'accomodate', 'accomodation', 'arguement', 'commited', 'existance',
  'independance', 'tommorow', 'tommorrow', 'wierd', 'truely', 'neccessary', 'neccesary', 'sucessful', 'succesful',
  'embarass', 'embarassed', 'harrass', 'harrassed', 'millenium', 'noticable', 'occassion', 'persistant', 'posession',
  'publically', 'reccomend', 'reccommend', 'relevent', 'rythm', 'tounge', 'concensus', 'metorologist', 'metorologists',
  'meterologist', 'meterologists', 'agressive', 'apparantly', 'basicly', 'buisness',
  'carribean', 'cemetary', 'collegue', 'comming', 'completly', 'concious', 'curiousity', 'dissapear', 'dissapeared',
  'dissapoint', 'dissapointed', 'enterpreneur', 'finaly', 'foriegn', 'fourty', 'freind', 'gaurd', 'happend', 'hieght',
  'immediatly', 'jewelery', 'knowlege', 'liason', 'libary', 'lisence', 'maintainance', 'mispell', 'neice', 'occurrance',
  'parliment', 'pavillion', 'percieve', 'percieved', 'posession', 'potatos', 'preceed', 'propoganda', 'realy',
  'rember', 'resistence', 'responsability', 'restaraunt', 'sieze', 'siezed', 'speach', 'supercede',
  'suprise', 'suprised', 'temperture', 'tendancy', 'threshhold', 'tomatos', 'tommorrow', 'twelth', 'tyrany', 'underate',
  'vaccum', 'vehical', 'visable', 'wheather', 'writting', 'yeild',
]);
