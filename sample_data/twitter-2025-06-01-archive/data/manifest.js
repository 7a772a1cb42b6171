window.__THAR_CONFIG = {
  "userInfo": {
    "userName": "morgan_quill_example"
  },
  "dataTypes": {
    "tweets": {
      "files": [
        {
          "fileName": "data/tweets.js",
          "globalName": "YTD.tweets.part0",
          "count": "1"
        }
      ]
    },
    "account": {
      "files": [
        {
          "fileName": "data/account.js",
          "globalName": "YTD.account.part0",
          "count": "1"
        }
      ]
    },
    "profile": {
      "files": [
        {
          "fileName": "data/profile.js",
          "globalName": "YTD.profile.part0",
          "count": "1"
        }
      ]
    },
    "email_address_change": {
      "files": [
        {
          "fileName": "data/email-address-change.js",
          "globalName": "YTD.email_address_change.part0",
          "count": "1"
        }
      ]
    }
  }
}