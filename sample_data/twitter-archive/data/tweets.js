window.YTD.tweets.part0 = [
  {
    "tweet": {
      "id_str": "1897000000000000001",
      "id": "1897000000000000001",
      "created_at": "Mon Mar 03 21:10:00 +0000 2025",
      "full_text": "First week done at the Australian Border Force! Proud to wear the uniform #AusBorderForce",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "urls": [],
        "user_mentions": []
      }
    }
  },
  {
    "tweet": {
      "id_str": "1897000000000000002",
      "id": "1897000000000000002",
      "created_at": "Thu Mar 06 21:10:00 +0000 2025",
      "full_text": "Night shift again at Sydney Airport, new lanyard and all",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "urls": [],
        "user_mentions": []
      },
      "geo": {
        "type": "Point",
        "coordinates": [
          "-33.9399",
          "151.1753"
        ]
      },
      "coordinates": {
        "type": "Point",
        "coordinates": [
          "151.1753",
          "-33.9399"
        ]
      }
    }
  },
  {
    "tweet": {
      "id_str": "1897000000000000003",
      "id": "1897000000000000003",
      "created_at": "Wed Mar 12 21:10:00 +0000 2025",
      "full_text": "Anyone need the roster? email me riley.tb at abf dot gov dot au",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "urls": [],
        "user_mentions": []
      }
    }
  },
  {
    "tweet": {
      "id_str": "1897000000000000004",
      "id": "1897000000000000004",
      "created_at": "Sat Mar 15 21:10:00 +0000 2025",
      "full_text": "Our border collie Biscuit turned three today",
      "favorite_count": "0",
      "retweet_count": "0",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "urls": [],
        "user_mentions": []
      },
      "geo": {
        "type": "Point",
        "coordinates": [
          "-33.95231",
          "151.13702"
        ]
      },
      "coordinates": {
        "type": "Point",
        "coordinates": [
          "151.13702",
          "-33.95231"
        ]
      }
    }
  }
]